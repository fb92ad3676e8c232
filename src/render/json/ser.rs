//! A serde serializer that prints JSON as serde_json's does, byte for byte
//! (its formatters write the punctuation, the white space and the
//! numbers), with one difference: strings go through [`escape::write_str`],
//! which escapes what serde_json escapes and what could act on a terminal
//! in one pass. serde_json's own printer scans each string once for its
//! escapes and hands each run to the formatter, which had to scan it again.

use std::io;

use serde::ser::{self, Serialize};
use serde_json::Error;
use serde_json::ser::Formatter;

use super::escape;

type Result<T> = std::result::Result<T, Error>;

/// The printer: a writer and serde_json's compact or pretty formatter.
pub(super) struct Ser<W, F> {
    pub(super) writer: W,
    pub(super) formatter: F,
    /// Field names known to need no escape, by their address and length
    /// (a direct-mapped cache): a report writes the same few names over
    /// and over.
    plain_keys: [(usize, usize); 64],
}

impl<W, F> Ser<W, F> {
    pub(super) fn new(writer: W, formatter: F) -> Ser<W, F> {
        Ser { writer, formatter, plain_keys: [(0, 0); 64] }
    }

    /// Whether a field name is written as it is: a Rust name, as every
    /// field's of the crate (letters, digits, underscores).
    fn plain_key(&mut self, key: &'static str) -> bool {
        let at = (key.as_ptr() as usize, key.len());
        let slot = &mut self.plain_keys[(at.0 >> 3) % 64];
        if *slot == at && at.0 != 0 {
            return true;
        }
        let plain = key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if plain {
            *slot = at;
        }
        plain
    }
}

/// Where a sequence or map is: nothing written (an empty one was closed
/// at once), before its first element, or after one.
#[derive(PartialEq, Eq)]
pub(super) enum State {
    Empty,
    First,
    Rest,
}

/// An array or object being written.
pub(super) struct Compound<'a, W, F> {
    ser: &'a mut Ser<W, F>,
    state: State,
}

impl<W: io::Write, F: Formatter> Ser<W, F> {
    fn str(&mut self, s: &str) -> Result<()> {
        escape::write_str(&mut self.writer, s).map_err(Error::io)
    }

    /// `{"variant":` before a variant's value (serde_json's external tagging).
    fn open_variant(&mut self, variant: &str) -> Result<()> {
        self.formatter.begin_object(&mut self.writer).map_err(Error::io)?;
        self.formatter.begin_object_key(&mut self.writer, true).map_err(Error::io)?;
        self.str(variant)?;
        self.formatter.end_object_key(&mut self.writer).map_err(Error::io)?;
        self.formatter.begin_object_value(&mut self.writer).map_err(Error::io)
    }

    /// The `}` after [`Ser::open_variant`]'s value.
    fn close_variant(&mut self) -> Result<()> {
        self.formatter.end_object_value(&mut self.writer).map_err(Error::io)?;
        self.formatter.end_object(&mut self.writer).map_err(Error::io)
    }
}

/// A short text formatted on the stack: writing past its room fails.
struct Short {
    buf: [u8; 64],
    len: usize,
}

impl Default for Short {
    fn default() -> Short {
        Short { buf: [0; 64], len: 0 }
    }
}

impl Short {
    fn as_str(&self) -> &str {
        // Only whole strs are ever copied in.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}

impl std::fmt::Write for Short {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// One `serialize_*` method that hands a number to the formatter.
macro_rules! number {
    ($($method:ident $write:ident $ty:ty),* $(,)?) => {$(
        fn $method(self, v: $ty) -> Result<()> {
            self.formatter.$write(&mut self.writer, v).map_err(Error::io)
        }
    )*};
}

impl<'a, W: io::Write, F: Formatter> ser::Serializer for &'a mut Ser<W, F> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W, F>;
    type SerializeTuple = Compound<'a, W, F>;
    type SerializeTupleStruct = Compound<'a, W, F>;
    type SerializeTupleVariant = Compound<'a, W, F>;
    type SerializeMap = Compound<'a, W, F>;
    type SerializeStruct = Compound<'a, W, F>;
    type SerializeStructVariant = Compound<'a, W, F>;

    number!(serialize_bool write_bool bool, serialize_i8 write_i8 i8, serialize_i16 write_i16 i16,
        serialize_i32 write_i32 i32, serialize_i64 write_i64 i64, serialize_i128 write_i128 i128,
        serialize_u8 write_u8 u8, serialize_u16 write_u16 u16, serialize_u32 write_u32 u32,
        serialize_u64 write_u64 u64, serialize_u128 write_u128 u128);

    fn serialize_f32(self, v: f32) -> Result<()> {
        if !v.is_finite() {
            return self.serialize_unit();
        }
        self.formatter.write_f32(&mut self.writer, v).map_err(Error::io)
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        if !v.is_finite() {
            return self.serialize_unit();
        }
        self.formatter.write_f64(&mut self.writer, v).map_err(Error::io)
    }
    fn serialize_char(self, v: char) -> Result<()> {
        self.str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        self.str(v)
    }
    /// A value written as text ("2024-11-07"): formatted on the stack when
    /// short, as all are, instead of into a new String each.
    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result<()> {
        let mut short = Short::default();
        if std::fmt::write(&mut short, format_args!("{value}")).is_ok() {
            return self.str(short.as_str());
        }
        self.str(&value.to_string())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        self.formatter.write_byte_array(&mut self.writer, v).map_err(Error::io)
    }
    fn serialize_none(self) -> Result<()> {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        self.formatter.write_null(&mut self.writer).map_err(Error::io)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<()> {
        self.str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        self.open_variant(variant)?;
        value.serialize(&mut *self)?;
        self.close_variant()
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        self.formatter.begin_array(&mut self.writer).map_err(Error::io)?;
        if len == Some(0) {
            self.formatter.end_array(&mut self.writer).map_err(Error::io)?;
            return Ok(Compound { ser: self, state: State::Empty });
        }
        Ok(Compound { ser: self, state: State::First })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        self.open_variant(variant)?;
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap> {
        self.formatter.begin_object(&mut self.writer).map_err(Error::io)?;
        if len == Some(0) {
            self.formatter.end_object(&mut self.writer).map_err(Error::io)?;
            return Ok(Compound { ser: self, state: State::Empty });
        }
        Ok(Compound { ser: self, state: State::First })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeStruct> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        self.open_variant(variant)?;
        self.serialize_map(Some(len))
    }
}

impl<W: io::Write, F: Formatter> Compound<'_, W, F> {
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        let ser = &mut *self.ser;
        ser.formatter.begin_array_value(&mut ser.writer, self.state == State::First).map_err(Error::io)?;
        self.state = State::Rest;
        value.serialize(&mut *ser)?;
        ser.formatter.end_array_value(&mut ser.writer).map_err(Error::io)
    }
    fn end_array(self) -> Result<()> {
        match self.state {
            State::Empty => Ok(()),
            _ => self.ser.formatter.end_array(&mut self.ser.writer).map_err(Error::io),
        }
    }
    /// A struct's field name: written as it is where it is a Rust name
    /// ([`Ser::plain_key`]), without the key serializer's turns.
    fn field_key(&mut self, key: &'static str) -> Result<()> {
        if !self.ser.plain_key(key) {
            return self.key(key);
        }
        let ser = &mut *self.ser;
        ser.formatter.begin_object_key(&mut ser.writer, self.state == State::First).map_err(Error::io)?;
        self.state = State::Rest;
        let quoted = |w: &mut W| {
            w.write_all(b"\"")?;
            w.write_all(key.as_bytes())?;
            w.write_all(b"\"")
        };
        quoted(&mut ser.writer).map_err(Error::io)?;
        ser.formatter.end_object_key(&mut ser.writer).map_err(Error::io)
    }
    fn key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        let ser = &mut *self.ser;
        ser.formatter.begin_object_key(&mut ser.writer, self.state == State::First).map_err(Error::io)?;
        self.state = State::Rest;
        key.serialize(super::key::KeySer { ser: &mut *ser })?;
        ser.formatter.end_object_key(&mut ser.writer).map_err(Error::io)
    }
    fn value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        let ser = &mut *self.ser;
        ser.formatter.begin_object_value(&mut ser.writer).map_err(Error::io)?;
        value.serialize(&mut *ser)?;
        ser.formatter.end_object_value(&mut ser.writer).map_err(Error::io)
    }
    fn end_object(self) -> Result<()> {
        match self.state {
            State::Empty => Ok(()),
            _ => self.ser.formatter.end_object(&mut self.ser.writer).map_err(Error::io),
        }
    }
}

impl<W: io::Write, F: Formatter> ser::SerializeSeq for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        self.end_array()
    }
}

impl<W: io::Write, F: Formatter> ser::SerializeTuple for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        self.end_array()
    }
}

impl<W: io::Write, F: Formatter> ser::SerializeTupleStruct for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        self.end_array()
    }
}

impl<W: io::Write, F: Formatter> ser::SerializeTupleVariant for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        let ser = &mut *self.ser;
        if self.state != State::Empty {
            ser.formatter.end_array(&mut ser.writer).map_err(Error::io)?;
        }
        ser.close_variant()
    }
}

impl<W: io::Write, F: Formatter> ser::SerializeMap for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        self.key(key)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.value(value)
    }
    fn end(self) -> Result<()> {
        self.end_object()
    }
}

impl<W: io::Write, F: Formatter> ser::SerializeStruct for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.field_key(key)?;
        self.value(value)
    }
    fn end(self) -> Result<()> {
        self.end_object()
    }
}

impl<W: io::Write, F: Formatter> ser::SerializeStructVariant for Compound<'_, W, F> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.field_key(key)?;
        self.value(value)
    }
    fn end(self) -> Result<()> {
        let ser = &mut *self.ser;
        if self.state != State::Empty {
            ser.formatter.end_object(&mut ser.writer).map_err(Error::io)?;
        }
        ser.close_variant()
    }
}
