// Talc instead of Rust's default wasm allocator (dlmalloc): a few KB smaller in the wasm, and
// faster (see talc's WebAssembly benchmarks). Only the site's binary uses it; tests keep the default.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    council_journeys::start();
}
