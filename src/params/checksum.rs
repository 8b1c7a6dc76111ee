// Shared by build.rs (which writes the trailer) and `data::decode` (which checks it): included
// with `include!` there, so no inner doc comment here.

/// The 32-bit FNV-1a hash of `bytes` (offset basis 2166136261, prime 16777619): a cheap check
/// that parameter data arrived whole, not a defence against a forger (who controls the page's
/// files anyway).
pub fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The last line of the data: `Z`, the number of lines before it and their hash, in hex.
pub fn trailer(body: &str) -> String {
    format!(
        "Z\t{}\t{:08x}\n",
        body.lines().count(),
        fnv1a(body.as_bytes())
    )
}
