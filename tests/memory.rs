//! Peak heap of the check on the adversarial shapes of the benchmarks,
//! measured with a counting allocator (this test binary's own), as a
//! multiple of the input. Not timed: the figures are bytes, the same on
//! every machine and build. `cargo test --test memory -- --nocapture`
//! prints them.

#[path = "benches/common/mod.rs"]
mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use claimcheck::{Document, Lang, check_consistency, render};
use common::{Shape, hostile};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = IN_USE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is `System::alloc`'s.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `System::dealloc`'s.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is `System::realloc`'s.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            // Counted as the allocator may do it: the new block before the old one is freed.
            grew(new_size);
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// One measurement at a time: the counters are the process's.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The peak heap while `f` runs, above what was in use before, in bytes.
fn peak_of<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = f();
    (PEAK.load(Ordering::Relaxed).saturating_sub(before), out)
}

const SIZE: usize = 256 << 10;

/// The check alone, then the check and its JSON written to a sink: peak
/// heap over input, for each shape, at most the bound of its row. The
/// bounds are today's figures plus about a quarter; tokens or phrase
/// matches of 32 bytes again (as before they were packed: "mais de "
/// repeated took 40.8 times its input), a per-sentence structure that
/// grows with the square of a sentence (claims times their sentence's
/// text, as the repeats of one claim were before they were merged as they
/// come), or JSON built whole in memory, goes beyond them.
#[test]
fn peak_heap_on_hostile_shapes_is_bounded() {
    // The lexicons and tables are built once, before any measurement.
    check_consistency(&[Document::new("w", "A Acme encomendou 100 mil chips.").with_lang(Lang::Pt)]).expect("warm-up");
    // Heap bytes over input bytes, measured at 256 KiB (see the table in
    // README for the peak RSS of the binary at 10 and 50 MB).
    let bounds: &[(Shape, f64)] = &[
        (Shape::MaisDe, 24.0),     // 19.0 today; 40.8 with tokens and matches of 32 bytes
        (Shape::Digits, 5.5),      // 4.2; 8.4
        (Shape::Grouped, 5.5),     // 4.2; 14.4
        (Shape::Qualifiers, 21.0), // 16.7; 40.3
        (Shape::ZeroWidth, 157.0), // 125.5: a Quantity of 128 bytes (160 while read) per 4 bytes of text
        (Shape::Names, 13.0),      // 10.2; 15.3
        (Shape::NoPeriod, 28.0),   // 22.2; 38.7; 100.4 before repeats were merged as they come
        (Shape::Bodies, 26.5),     // 21.1; 37.9
        (Shape::Voices, 22.0),     // 17.6; 29.1; 58.6 before
        (Shape::Deals, 87.0),      // 69.8: two claims (the buy and its price) per 50-byte sentence
    ];
    let mut failed = Vec::new();
    for &(shape, bound) in bounds {
        let text = hostile(shape, SIZE);
        let input = text.len() as f64;
        let docs = [Document::new("x", text).with_lang(Lang::Pt)];
        let held_before = IN_USE.load(Ordering::Relaxed);
        let (check, report) = peak_of(|| check_consistency(&docs).expect("checks"));
        // What the report itself holds, the floor of the peak.
        let held = IN_USE.load(Ordering::Relaxed).saturating_sub(held_before) as f64 / input;
        let (json, ()) = peak_of(|| render::json_to(&report, std::io::sink(), false).expect("writes"));
        drop(report);
        let (both, ()) = peak_of(|| {
            let report = check_consistency(&docs).expect("checks");
            render::json_to(&report, std::io::BufWriter::new(std::io::sink()), false).expect("writes");
        });
        let (check, json, both) = (check as f64 / input, json as f64 / input, both as f64 / input);
        println!(
            "{shape:<10} check {check:6.1}x  report {held:5.1}x  json writing {json:5.2}x  check and json {both:6.1}x (bound {bound}x)"
        );
        if check > bound || both > bound {
            failed.push(format!("{shape}: {check:.1}x, with json {both:.1}x, over {bound}x"));
        }
        // Writing the JSON streams: it holds no copy of the output.
        if json > 0.05 {
            failed.push(format!("{shape}: writing the JSON took {json:.2}x the input"));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}
