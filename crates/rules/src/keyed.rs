//! Enums with stable snake_case keys: the words shared by the JSON, the data files and the
//! app's translation tables. `ALL` lets tests walk every variant (every key has a translation).

macro_rules! keyed_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $key:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
        pub enum $name { $($(#[$vm])* $variant),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The snake_case key used in JSON and in the app's translation tables.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }
            pub fn from_key(k: &str) -> Option<$name> {
                match k { $($key => Some($name::$variant),)* _ => None }
            }
        }
    };
}

pub(crate) use keyed_enum;
