//! Saved settings that would stop the start: mended or moved aside, the rest kept.

use super::*;

/// A settings file as eframe writes it (a map of keys to RON texts), with `zoom` as egui's saved
/// zoom and `window` as the window's geometry.
fn settings(zoom: &str, window: &str) -> HashMap<String, String> {
    HashMap::from([
        (
            "egui".to_owned(),
            format!("(options:(zoom_factor:{zoom},zoom_with_keyboard:true),areas:{{}})"),
        ),
        ("window".to_owned(), window.to_owned()),
        ("app".to_owned(), "(lang:En)".to_owned()),
    ])
}

const WINDOW: &str = concat!(
    "(normal_geometry:(outer_position_pixels:Some((x:10.0,y:20.0)),scale_factor:1.0,",
    "inner_size_points:(x:1280.0,y:700.0)),fullscreen:false,maximized:true)"
);

#[test]
fn a_zoom_egui_cannot_take_is_set_back_to_one_and_the_rest_kept() {
    for bad in ["0.0", "-1.0", "NaN", "inf", "100.0", "1000.0", "0.1", "x"] {
        let mut kv = settings(bad, WINDOW);
        assert!(mend(&mut kv), "{bad}");
        assert_eq!(
            kv["egui"], "(options:(zoom_factor:1.0,zoom_with_keyboard:true),areas:{})",
            "{bad}"
        );
        assert_eq!(kv["window"], WINDOW, "{bad}: a possible geometry is kept");
        assert_eq!(kv["app"], "(lang:En)");
    }
    for fine in ["1.0", "0.2", "5.0", "1.5"] {
        let mut kv = settings(fine, WINDOW);
        assert!(!mend(&mut kv), "{fine}");
        assert_eq!(kv, settings(fine, WINDOW));
    }
}

#[test]
fn an_impossible_window_geometry_is_dropped() {
    for bad in [
        WINDOW.replace("x:10.0", "x:NaN"),
        WINDOW.replace("y:700.0", "y:inf"),
        WINDOW.replace("scale_factor:1.0", "scale_factor:0.0"),
        WINDOW.replace("scale_factor:1.0", "scale_factor:-2.0"),
        WINDOW.replace("x:1280.0", "x:1e9"),
    ] {
        let mut kv = settings("1.0", &bad);
        assert!(mend(&mut kv), "{bad}");
        assert!(!kv.contains_key("window"), "{bad}");
        assert_eq!(kv["app"], "(lang:En)");
    }
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir()
        .join("staffing-dashboard-settings-tests")
        .join(name);
    std::fs::remove_dir_all(&d).ok();
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn a_file_is_mended_in_place_or_left_as_it_is() {
    let d = dir("mend");
    let path = d.join("app.ron");
    std::fs::write(&path, ron::to_string(&settings("NaN", WINDOW)).unwrap()).unwrap();
    assert_eq!(check(&path), Checked::Mended);
    let kv: HashMap<String, String> =
        ron::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(kv, settings("1.0", WINDOW));
    assert_eq!(check(&path), Checked::Fine, "nothing more to do");
    // A settings file of tens of kilobytes (long saved choices) is read, not moved aside.
    let mut long = settings("0.0", WINDOW);
    long.insert(
        "app".to_owned(),
        format!("(notes:\"{}\")", "x".repeat(50_000)),
    );
    std::fs::write(&path, ron::to_string(&long).unwrap()).unwrap();
    assert_eq!(check(&path), Checked::Mended);
    // No file, or one eframe cannot parse either: left to eframe, untouched.
    assert_eq!(check(&d.join("none.ron")), Checked::Fine);
    std::fs::write(d.join("garbage.ron"), "not ron {").unwrap();
    assert_eq!(check(&d.join("garbage.ron")), Checked::Fine);
    assert_eq!(
        std::fs::read_to_string(d.join("garbage.ron")).unwrap(),
        "not ron {"
    );
}

#[test]
fn a_file_too_large_is_moved_aside_unread() {
    let d = dir("large");
    let path = d.join("app.ron");
    for len in [MAX_BYTES + 1, 2 * MAX_BYTES] {
        let f = std::fs::File::create(&path).unwrap();
        f.set_len(len).unwrap();
        assert_eq!(
            check(&path),
            Checked::MovedAside(d.join("app.ron.unreadable")),
            "{len}"
        );
        assert!(!path.exists());
    }
    // Exactly the limit (spaces: no settings eframe could parse either) is read and left.
    std::fs::write(&path, " ".repeat(usize::try_from(MAX_BYTES).unwrap())).unwrap();
    assert_eq!(check(&path), Checked::Fine);
    assert!(path.exists());
    // Not text at all: moved aside to be looked at (eframe would start afresh over it).
    std::fs::write(&path, b"{\"egui\":\"\xff\xfe\"}").unwrap();
    assert_eq!(
        check(&path),
        Checked::MovedAside(d.join("app.ron.unreadable"))
    );
}

/// A FIFO or a link to a device where the settings should be: moved aside, never opened (a
/// FIFO would block the start for ever, /dev/zero grow without end). Unix only: Windows has no
/// FIFOs or device links in a user's folder (its reserved names, NUL or CON, are not files a
/// folder can hold).
#[cfg(unix)]
#[test]
fn a_fifo_or_a_link_to_a_device_is_moved_aside_unopened() {
    let d = dir("special");
    let path = d.join("app.ron");
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    assert_eq!(
        check(&path),
        Checked::MovedAside(d.join("app.ron.unreadable"))
    );
    let fifo = d.join("fifo.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo (coreutils) makes the FIFO");
    assert_eq!(
        check(&fifo),
        Checked::MovedAside(d.join("fifo.ron.unreadable"))
    );
}
