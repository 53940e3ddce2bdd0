//! Files the user picks or drops: taken from the event, read with progress, refused before reading
//! when over the size limit.

use wasm_bindgen::JsCast;

use super::ReadError;
use cooperation_core::data::catalog::MAX_DATASET_BYTES;

/// A file the user chose.
pub struct PickedFile(web_sys::File);

impl PickedFile {
    /// The first file of a file input's `change` event; the input is cleared so that choosing the
    /// same file again reads it again.
    pub fn from_input(ev: &leptos::ev::Event) -> Option<PickedFile> {
        let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        file.map(PickedFile)
    }

    /// The first file of a drop.
    pub fn from_drop(ev: &leptos::ev::DragEvent) -> Option<PickedFile> {
        ev.data_transfer()?.files()?.get(0).map(PickedFile)
    }

    /// The file's name.
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// Reads the whole file, with progress.
    pub async fn read(&self, progress: impl Fn(u64, Option<u64>)) -> Result<Vec<u8>, ReadError> {
        let size = self.0.size() as u64;
        if size > MAX_DATASET_BYTES as u64 {
            return Err(ReadError::TooBig(size));
        }
        super::fetch::read_stream(&self.0.stream(), Some(size), progress).await
    }
}
