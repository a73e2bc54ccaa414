use super::*;

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("staffing-fsutil-{}-{name}", std::process::id()));
    std::fs::remove_dir_all(&d).ok();
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn names(d: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn writes_and_replaces() {
    let d = dir("ok");
    let p = d.join("a.csv");
    write_atomic(&p, b"one").unwrap();
    write_atomic(&p, b"two").unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"two");
    assert_eq!(names(&d), ["a.csv"]);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_disk_that_fills_up_halfway_leaves_the_old_file_and_no_temporary() {
    let d = dir("full");
    let p = d.join("a.csv");
    std::fs::write(&p, b"previous").unwrap();
    let e = write_atomic_with(&p, |f| {
        f.write_all(b"half of the")?;
        Err(std::io::Error::other("No space left on device"))
    })
    .unwrap_err();
    assert!(e.to_string().contains("No space left on device"), "{e}");
    assert_eq!(std::fs::read(&p).unwrap(), b"previous");
    assert_eq!(names(&d), ["a.csv"]);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_missing_folder_is_an_error() {
    let d = dir("missing");
    let p = d.join("no").join("a.csv");
    assert!(write_atomic(&p, b"x").is_err());
    assert!(!p.exists());
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_long_name_gets_a_temporary_name_within_the_limit() {
    let d = dir("long");
    // 249 bytes: the name fits, ".NAME.PID.N.tmp" would not.
    let name = format!("{}.csv", "表".repeat(81) + "ab");
    assert_eq!(name.len(), 249);
    write_atomic(&d.join(&name), b"x").unwrap();
    assert_eq!(names(&d), std::slice::from_ref(&name));
    let tmp = temporary_name(&name, 7);
    assert!(tmp.len() <= MAX_NAME_BYTES, "{}", tmp.len());
    assert!(tmp.starts_with(".表表") && tmp.ends_with(".7.tmp"), "{tmp}");
    assert!(is_temporary_name(&tmp));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn only_our_temporary_names_are_taken_for_ours() {
    assert!(is_temporary_name(".a.csv.123.0.tmp"));
    assert!(is_temporary_name(&temporary_name("表.pdf", 12)));
    for other in [
        ".a.csv.123.x.tmp",
        ".a.csv.x.0.tmp",
        "..123.0.tmp",
        ".123.0.tmp",
        "a.csv.123.0.tmp",
        ".a.csv.123.0.bak",
        ".a.csv.123..tmp",
    ] {
        assert!(!is_temporary_name(other), "{other}");
    }
}

#[test]
fn temporary_files_a_killed_write_left_are_cleared_and_young_ones_kept() {
    let d = dir("stale");
    let old = std::time::SystemTime::now() - STALE_AFTER - Duration::from_mins(1);
    for name in [".a.csv.123.0.tmp", ".keep.tmp", "b.csv.1.2.tmp"] {
        let f = File::create(d.join(name)).unwrap();
        f.set_modified(old).unwrap();
    }
    std::fs::write(d.join(".young.csv.456.3.tmp"), "another window writing").unwrap();
    write_atomic(&d.join("a.csv"), b"new").unwrap();
    assert_eq!(
        names(&d),
        [
            ".keep.tmp",
            ".young.csv.456.3.tmp",
            "a.csv",
            "b.csv.1.2.tmp"
        ],
        "only an old file of our own naming goes"
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn names_windows_keeps_for_devices_are_refused_everywhere() {
    for name in ["NUL", "nul.csv", "CON.png", "com1.txt", "LPT9", "aux .csv"] {
        assert!(is_device_name(name), "{name}");
    }
    for name in ["COM0", "COM10", "CONSOLE.csv", "null", "nul-table.csv"] {
        assert!(!is_device_name(name), "{name}");
    }
    let d = dir("device");
    let e = write_atomic(&d.join("NUL.csv"), b"x").unwrap_err();
    assert_eq!(
        e.render(Lang::En),
        format!(
            "cannot write {}: not a regular file (a device, a pipe, a folder, or a name Windows keeps for \
                a device such as NUL or CON): nothing was written",
            d.join("NUL.csv").display()
        )
    );
    assert!(names(&d).is_empty());
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_folder_is_no_file_to_write() {
    let d = dir("folder");
    std::fs::create_dir(d.join("out.csv")).unwrap();
    let e = write_atomic(&d.join("out.csv"), b"x").unwrap_err();
    assert!(e.render(Lang::Ja).ends_with("普通のファイルではありません（装置、パイプ、フォルダ、または Windows が装置に使う名前 NUL・CON など）。\
        何も書いていません"), "{}", e.render(Lang::Ja));
    assert!(d.join("out.csv").is_dir());
    assert_eq!(names(&d), ["out.csv"]);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn without_hard_links_the_file_is_created_new_in_place_and_never_replaced() {
    let d = dir("no-links");
    let p = d.join("2021-06-02.ron");
    let unsupported =
        |_: &Path, _: &Path| Err(std::io::Error::from(std::io::ErrorKind::Unsupported));
    assert!(write_new_with(&p, b"first", unsupported).unwrap());
    assert!(!write_new_with(&p, b"second", unsupported).unwrap());
    assert_eq!(std::fs::read(&p).unwrap(), b"first");
    assert_eq!(names(&d), ["2021-06-02.ron"], "no temporary left");
    // A name that cannot be made at all is an error, not a name taken: one too long for the
    // file system (its temporary file, cut short, can be made; the link and the file cannot).
    let long = d.join(format!("{}.ron", "x".repeat(300)));
    let e = write_new(&long, b"x").unwrap_err();
    assert_ne!(e.source.kind(), std::io::ErrorKind::AlreadyExists, "{e}");
    assert_eq!(names(&d), ["2021-06-02.ron"], "no temporary left");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn write_new_never_replaces() {
    let d = dir("new");
    let p = d.join("2021-06-02.ron");
    assert!(write_new(&p, b"first").unwrap());
    assert!(!write_new(&p, b"second").unwrap());
    assert_eq!(std::fs::read(&p).unwrap(), b"first");
    assert_eq!(names(&d), ["2021-06-02.ron"], "no temporary left");
    std::fs::remove_dir_all(&d).ok();
}

/// Links, pipes and modes: Unix only. (On Windows a symbolic link needs a privilege most
/// officials lack, pipes are not files, and the read-only flag is what permissions keep.)
#[cfg(unix)]
mod unix {
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    #[test]
    fn a_link_is_written_through_to_its_target() {
        let d = dir("link");
        std::fs::create_dir(d.join("real")).unwrap();
        std::fs::write(d.join("real/target.csv"), "old").unwrap();
        std::os::unix::fs::symlink("real/target.csv", d.join("link.csv")).unwrap();
        write_atomic(&d.join("link.csv"), b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(d.join("link.csv"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(d.join("real/target.csv")).unwrap(), b"new");
        // A link to a name not there yet makes the target.
        std::os::unix::fs::symlink("real/made.csv", d.join("dangling.csv")).unwrap();
        write_atomic(&d.join("dangling.csv"), b"made").unwrap();
        assert_eq!(std::fs::read(d.join("real/made.csv")).unwrap(), b"made");
        assert_eq!(names(&d.join("real")), ["made.csv", "target.csv"]);
        std::fs::remove_dir_all(&d).ok();
    }

    #[test]
    fn a_loop_of_links_is_refused_and_both_stay() {
        let d = dir("loop");
        std::os::unix::fs::symlink("b.csv", d.join("a.csv")).unwrap();
        std::os::unix::fs::symlink("a.csv", d.join("b.csv")).unwrap();
        let e = write_atomic(&d.join("a.csv"), b"x").unwrap_err();
        assert_eq!(e.source.to_string(), "too many levels of links");
        assert_eq!(names(&d), ["a.csv", "b.csv"]);
        assert!(
            std::fs::symlink_metadata(d.join("a.csv"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        std::fs::remove_dir_all(&d).ok();
    }

    #[test]
    fn a_pipe_is_refused_not_replaced() {
        let d = dir("fifo");
        let fifo = d.join("out.csv");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let e = write_atomic(&fifo, b"x").unwrap_err();
        assert!(e.render(Lang::En).contains("not a regular file"), "{e}");
        assert!(
            !std::fs::symlink_metadata(&fifo).unwrap().is_file(),
            "still the pipe"
        );
        assert_eq!(names(&d), ["out.csv"]);
        std::fs::remove_dir_all(&d).ok();
    }

    #[test]
    fn the_old_files_permissions_are_kept() {
        let d = dir("mode");
        let p = d.join("private.csv");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        std::fs::remove_dir_all(&d).ok();
    }
}
