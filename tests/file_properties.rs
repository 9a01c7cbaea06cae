//! Property tests: random valid designs round-trip exactly; no input makes the loader panic.

mod common;

use common::design;
use leadflow::file;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_designs_round_trip_exactly(design in design()) {
        let text = file::design_to_string(&design).expect("serializes");
        let loaded = file::design_from_bytes(text.as_bytes(), "random.ron").expect("loads");
        prop_assert_eq!(&loaded, &design);
        let again = file::design_to_string(&loaded).expect("serializes again");
        prop_assert_eq!(again, text);
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = file::design_from_bytes(&bytes, "random.ron");
    }

    #[test]
    fn damaged_examples_never_panic(
        template in 0..leadflow::templates::TEMPLATES.len(),
        cut in 0.0..1.0_f64,
        position in 0.0..1.0_f64,
        byte in any::<u8>(),
    ) {
        let original = leadflow::templates::TEMPLATES[template].ron.as_bytes();
        let mut damaged = original[..(original.len() as f64 * cut) as usize].to_vec();
        if !damaged.is_empty() {
            let at = ((damaged.len() - 1) as f64 * position) as usize;
            damaged[at] = byte;
        }
        if let Ok(design) = file::design_from_bytes(&damaged, "damaged.ron") {
            // Whatever loads also validates and simulates without panicking.
            let _ = leadflow::design::validate::validate(&design);
            let _ = leadflow::sim::simulate(&design);
        }
    }
}
