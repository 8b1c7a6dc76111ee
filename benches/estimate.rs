//! Where the time goes, natively (criterion): for the 40-year history of
//! `benches/forty-years.json` (the Node harness `benches/wasm.mjs` times the same files in the
//! wasm; `scripts/bench.sh` runs both and reports the ratio) and the README example, the full
//! estimate and the headline (`--detail headline`), the gap analysis, the choices, the whole
//! analysis (estimate with range + gaps + choices, and with the headline in place of the full
//! estimate); and batches of 1,000 lines (parse, estimate,
//! serialize, as the CLI's `batch` does), full and headline, in scenarios per second on one core.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use pension_estimator::{headline, parse_scenario, Scenario};

/// The text of a file of the repository, as one line (a JSONL line for the batches).
fn line(path: &str) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .replace('\n', " ")
}

/// The estimate and the headline (without and with the range) of `text`, each parsed.
fn estimates(c: &mut Criterion, name: &str, text: &str) {
    c.bench_function(&format!("estimate_{name}"), |b| {
        b.iter(|| pension_estimator::estimate_json(black_box(text)).unwrap())
    });
    c.bench_function(&format!("headline_{name}"), |b| {
        b.iter(|| headline(&parse_scenario(black_box(text)).unwrap(), false).unwrap())
    });
    c.bench_function(&format!("headline_range_{name}"), |b| {
        b.iter(|| headline(&parse_scenario(black_box(text)).unwrap(), true).unwrap())
    });
}

/// The analyses of one scenario.
fn analyses(c: &mut Criterion, scenario: &Scenario) {
    c.bench_function("gaps_40_year_history", |b| {
        b.iter(|| pension_estimator::gaps(black_box(scenario)).unwrap())
    });
    c.bench_function("choices_40_year_history", |b| {
        b.iter(|| pension_estimator::choices(black_box(scenario)).unwrap())
    });
    // The whole analysis of issue 5: the estimate with its range, the gaps and the choices.
    c.bench_function("analysis_40_year_history", |b| {
        b.iter(|| {
            black_box(pension_estimator::estimate(black_box(scenario)).unwrap());
            black_box(pension_estimator::gaps(black_box(scenario)).unwrap());
            black_box(pension_estimator::choices(black_box(scenario)).unwrap());
        })
    });
    // Issue 17's target ("whole analysis (estimate + gaps + choices, headline)"): the headline
    // with its range, the gaps and the choices — what a list or a card of the three answers needs.
    c.bench_function("analysis_headline_40_year_history", |b| {
        b.iter(|| {
            black_box(headline(black_box(scenario), true).unwrap());
            black_box(pension_estimator::gaps(black_box(scenario)).unwrap());
            black_box(pension_estimator::choices(black_box(scenario)).unwrap());
        })
    });
}

/// A serialized answer as the CLI's `batch` writes it (through a `serde_json::Value`).
fn batch_line<T: serde::Serialize>(answer: T) -> String {
    serde_json::to_value(answer).unwrap().to_string()
}

/// 1,000 lines (the 40-year history and the README example, alternating), full and headline:
/// the throughput is in scenarios (elements) per second.
fn batches(c: &mut Criterion, forty: &str, example: &str) {
    let lines: Vec<&str> = (0..1000)
        .map(|i| if i % 2 == 0 { forty } else { example })
        .collect();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements(lines.len() as u64));
    group.bench_function("batch_1000_lines", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(batch_line(
                    pension_estimator::estimate_json(black_box(l)).unwrap(),
                ));
            }
        })
    });
    group.bench_function("batch_headline_1000_lines", |b| {
        b.iter(|| {
            for l in &lines {
                let s = parse_scenario(black_box(l)).unwrap();
                black_box(batch_line(headline(&s, false).unwrap()));
            }
        })
    });
    group.finish();
}

fn bench(c: &mut Criterion) {
    let forty = line("benches/forty-years.json");
    let example = line("examples/rider-guangdong.json");
    estimates(c, "40_year_history", &forty);
    estimates(c, "readme_example", &example);
    analyses(c, &parse_scenario(&forty).unwrap());
    batches(c, &forty, &example);
}

criterion_group!(benches, bench);
criterion_main!(benches);
