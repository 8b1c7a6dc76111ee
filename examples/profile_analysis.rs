//! Runs the whole analysis (estimate, gaps, choices) of the benchmark's 40-year career in a
//! loop, for a profiler: `cargo run --release --example profile_analysis -- 200 [estimate|gaps|choices|headline]`
//! (`valgrind --tool=callgrind` or `perf record` on the binary; the second argument runs one
//! part only; `headline` is the headline with its range, issue 17's analysis target's estimate).

use serde_json::json;

fn main() {
    let regions = ["GD", "JX", "BJ"];
    let mut history = Vec::new();
    for (i, year) in (1986..2026).enumerate() {
        let (from, to) = (format!("{year}-01"), format!("{year}-12"));
        history.push(if i % 7 == 6 || year < 1998 {
            json!({"from": from, "to": to, "kind": "gap"})
        } else {
            let kind = if i % 2 == 0 { "employee" } else { "flexible" };
            json!({"from": from, "to": to, "kind": kind, "region": regions[i % 3], "base": {"ratio": format!("0.{}", 6 + i % 4)}})
        });
    }
    let v = json!({
        "person": {"birth": "1968-03", "sex": "male", "hukou": "JX"},
        "as_of": "2026-01",
        "history": history,
        "plan": [{"from": "2026-02", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
    });
    let s = pension_estimator::parse_scenario(&v.to_string()).expect("valid");
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let part = std::env::args().nth(2).unwrap_or_default();
    let t = std::time::Instant::now();
    for _ in 0..n {
        if part == "headline" {
            std::hint::black_box(pension_estimator::headline(&s, true).expect("headline"));
        }
        if part.is_empty() || part == "estimate" {
            std::hint::black_box(pension_estimator::estimate(&s).expect("estimate"));
        }
        if part.is_empty() || part == "gaps" {
            std::hint::black_box(pension_estimator::gaps(&s).expect("gaps"));
        }
        if part.is_empty() || part == "choices" {
            std::hint::black_box(pension_estimator::choices(&s).expect("choices"));
        }
    }
    println!(
        "{:.3} ms per analysis",
        t.elapsed().as_secs_f64() * 1e3 / f64::from(n)
    );
}
