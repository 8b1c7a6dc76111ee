//! One full estimate for a 40-year history, its gap analysis, its choices, the whole analysis
//! (estimate with range + gaps + choices), and a 1,000-scenario batch (parse, estimate,
//! serialize), as the CLI's `batch` does.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use serde_json::json;

/// A 40-year career (1986–2025) of 40 one-year segments alternating regions and kinds, with a
/// gap every seventh year, and a plan to retirement.
fn forty_years() -> String {
    let regions = ["GD", "JX", "BJ"];
    let mut history = Vec::new();
    for (i, year) in (1986..2026).enumerate() {
        let from = format!("{year}-01");
        let to = format!("{year}-12");
        let seg = if i % 7 == 6 || year < 1998 {
            json!({"from": from, "to": to, "kind": "gap"})
        } else {
            let kind = if i % 2 == 0 { "employee" } else { "flexible" };
            json!({"from": from, "to": to, "kind": kind, "region": regions[i % 3], "base": {"ratio": format!("0.{}", 6 + i % 4)}})
        };
        history.push(seg);
    }
    json!({
        "person": {"birth": "1968-03", "sex": "male", "hukou": "JX"},
        "as_of": "2026-01",
        "history": history,
        "plan": [{"from": "2026-02", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
    })
    .to_string()
}

fn bench(c: &mut Criterion) {
    let one = forty_years();
    c.bench_function("estimate_40_year_history", |b| {
        b.iter(|| pension_estimator::estimate_json(black_box(&one)).unwrap())
    });
    let scenario = pension_estimator::parse_scenario(&one).unwrap();
    c.bench_function("gaps_40_year_history", |b| {
        b.iter(|| pension_estimator::gaps(black_box(&scenario)).unwrap())
    });
    c.bench_function("choices_40_year_history", |b| {
        b.iter(|| pension_estimator::choices(black_box(&scenario)).unwrap())
    });
    // The whole analysis of issue 5: the estimate with its range, the gaps and the choices.
    c.bench_function("analysis_40_year_history", |b| {
        b.iter(|| {
            black_box(pension_estimator::estimate(black_box(&scenario)).unwrap());
            black_box(pension_estimator::gaps(black_box(&scenario)).unwrap());
            black_box(pension_estimator::choices(black_box(&scenario)).unwrap());
        })
    });
    let example = std::fs::read_to_string("examples/rider-guangdong.json")
        .unwrap()
        .replace('\n', " ");
    let lines: Vec<String> = (0..1000)
        .map(|i| {
            if i % 2 == 0 {
                one.clone()
            } else {
                example.clone()
            }
        })
        .collect();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.bench_function("batch_1000_lines", |b| {
        b.iter(|| {
            for l in &lines {
                let e = pension_estimator::estimate_json(black_box(l)).unwrap();
                black_box(serde_json::to_string(&e).unwrap());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
