//! Any UTF-8 input read by the number layer in every language: every
//! quantity's span is on char boundaries and is its text, low <= high, and
//! every value is finite.
#![no_main]

use claimcheck::{read_quantities, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for &lang in Lang::ALL {
        for q in read_quantities(text, lang) {
            assert!(q.start <= q.end && q.end <= text.len(), "{lang:?}: span {}..{} out of {}", q.start, q.end, text.len());
            assert!(
                text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
                "{lang:?}: span {}..{} not on char boundaries",
                q.start,
                q.end
            );
            assert_eq!(&text[q.start..q.end], q.text, "{lang:?}: span is not the text");
            assert!(q.value.is_finite(), "{lang:?}: value {} in {:?}", q.value, q.text);
            assert!(q.rounding.is_finite(), "{lang:?}: rounding {} in {:?}", q.rounding, q.text);
            let iv = q.interval;
            for b in [iv.low, iv.high].into_iter().flatten() {
                assert!(b.is_finite(), "{lang:?}: bound {b} in {:?}", q.text);
            }
            if let (Some(lo), Some(hi)) = (iv.low, iv.high) {
                assert!(lo <= hi, "{lang:?}: low {lo} > high {hi} in {:?}", q.text);
            }
        }
    }
});
