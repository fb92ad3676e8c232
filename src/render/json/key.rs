//! Object keys, as serde_json prints them: strings as strings; booleans and
//! numbers quoted; anything else an error.

use std::io;

use serde::ser::{self, Impossible, Serialize};
use serde_json::Error;
use serde_json::ser::Formatter;

use super::ser::Ser;

type Result<T> = std::result::Result<T, Error>;

/// The serializer of one key.
pub(super) struct KeySer<'a, W, F> {
    pub(super) ser: &'a mut Ser<W, F>,
}

fn not_a_string() -> Error {
    ser::Error::custom("key must be a string")
}

impl<W: io::Write, F: Formatter> KeySer<'_, W, F> {
    /// A number or boolean key between quotes, written by `write`.
    fn quoted(self, write: impl FnOnce(&mut F, &mut W) -> io::Result<()>) -> Result<()> {
        let Ser { writer, formatter, .. } = self.ser;
        formatter.begin_string(writer).map_err(Error::io)?;
        write(formatter, writer).map_err(Error::io)?;
        formatter.end_string(writer).map_err(Error::io)
    }
}

/// One `serialize_*` method of a quoted key.
macro_rules! quoted {
    ($($method:ident $write:ident $ty:ty),* $(,)?) => {$(
        fn $method(self, v: $ty) -> Result<()> {
            self.quoted(|f, w| f.$write(w, v))
        }
    )*};
}

/// `serialize_*` methods that refuse: the value cannot be a key.
macro_rules! refuse {
    ($($method:ident ($($arg:ty),*) -> $ret:ty),* $(,)?) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ret> {
            Err(not_a_string())
        }
    )*};
}

impl<W: io::Write, F: Formatter> ser::Serializer for KeySer<'_, W, F> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    quoted!(serialize_bool write_bool bool, serialize_i8 write_i8 i8, serialize_i16 write_i16 i16,
        serialize_i32 write_i32 i32, serialize_i64 write_i64 i64, serialize_i128 write_i128 i128,
        serialize_u8 write_u8 u8, serialize_u16 write_u16 u16, serialize_u32 write_u32 u32,
        serialize_u64 write_u64 u64, serialize_u128 write_u128 u128);

    refuse!(serialize_bytes(&[u8]) -> (), serialize_unit() -> (), serialize_unit_struct(&'static str) -> (),
        serialize_none() -> (), serialize_seq(Option<usize>) -> Self::SerializeSeq,
        serialize_tuple(usize) -> Self::SerializeTuple,
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct,
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant,
        serialize_map(Option<usize>) -> Self::SerializeMap,
        serialize_struct(&'static str, usize) -> Self::SerializeStruct,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant);

    fn serialize_f32(self, v: f32) -> Result<()> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        self.quoted(|f, w| f.write_f32(w, v))
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        self.quoted(|f, w| f.write_f64(w, v))
    }
    fn serialize_char(self, v: char) -> Result<()> {
        ser::Serializer::serialize_char(self.ser, v)
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        ser::Serializer::serialize_str(self.ser, v)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<()> {
        ser::Serializer::serialize_str(self.ser, variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<()> {
        Err(not_a_string())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }
}
