//! Saved settings in memory, as eframe keeps them in a file.

use std::collections::BTreeMap;

/// A `eframe::Storage` in memory.
#[derive(Clone, Default)]
pub struct MemoryStorage(pub BTreeMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}
