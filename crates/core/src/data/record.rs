//! Which collection of a dataset a record belongs to, and a record named by collection and index.

/// The six collections of a dataset file, in file order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    Sources,
    Parties,
    Themes,
    Sectors,
    Corridors,
    Initiatives,
}

impl Collection {
    /// Every collection, in file order.
    pub const ALL: [Collection; 6] = [
        Collection::Sources,
        Collection::Parties,
        Collection::Themes,
        Collection::Sectors,
        Collection::Corridors,
        Collection::Initiatives,
    ];

    /// The collection's key in the dataset file, e.g. `"sectors"`.
    pub fn key(self) -> &'static str {
        match self {
            Collection::Sources => "sources",
            Collection::Parties => "parties",
            Collection::Themes => "themes",
            Collection::Sectors => "sectors",
            Collection::Corridors => "corridors",
            Collection::Initiatives => "initiatives",
        }
    }

    /// One record of the collection, as named in messages, e.g. `"sector"`.
    pub fn singular(self) -> &'static str {
        match self {
            Collection::Sources => "source",
            Collection::Parties => "party",
            Collection::Themes => "theme",
            Collection::Sectors => "sector",
            Collection::Corridors => "corridor",
            Collection::Initiatives => "initiative",
        }
    }
}

/// A record of a dataset: its collection and its index there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RecordRef {
    pub collection: Collection,
    pub index: u32,
}

impl RecordRef {
    /// Record `index` of `collection`.
    pub fn new(collection: Collection, index: usize) -> RecordRef {
        RecordRef {
            collection,
            index: index as u32,
        }
    }

    /// The record's index within its collection.
    pub fn index(self) -> usize {
        self.index as usize
    }
}
