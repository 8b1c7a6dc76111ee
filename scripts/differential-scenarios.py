#!/usr/bin/env python3
"""Deterministic scenarios for scripts/differential.sh: one JSON scenario a line on stdout.

Usage: differential-scenarios.py COUNT [SEED]. The same COUNT and SEED give the same lines
(Python's `random.Random` with a fixed seed). The scenarios vary what the employee record is
built from: birth and sex, hukou, employee / flexible / resident / gap segments of 1-60 months
over 1990-2035, in many regions (cities too), bases as ratios or amounts (some outside the
allowed range, so clamped), an open-ended plan, a statement (summary) now and then, early or
late retirement, an assumption or an override now and then. Some are invalid on purpose
(early retirement short of the minimum, months before the national rules): the error lines
must be equal too.
"""
import json
import random
import sys

REGIONS = ["AH", "BJ", "CQ", "FJ", "GD", "GD-GZ", "GD-SZ", "GS", "GX", "GZ", "HA", "HB", "HE",
           "HI", "HL", "HN", "JL", "JS", "JX", "LN", "NM", "NX", "QH", "SC", "SD", "SH", "SN",
           "SX", "TJ", "XJ", "XZ", "YN", "ZJ"]
PROVINCES = [r for r in REGIONS if "-" not in r]
TIERS = ["100", "200", "300", "500", "1000"]


def month(y, m):
    return f"{y:04d}-{m:02d}"


def plus(y, m, k):
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def base(rng):
    if rng.random() < 0.8:
        return {"ratio": rng.choice(["0.4", "0.6", "0.65", "0.8", "1.0", "1.25", "2.0", "3.0", "3.5"])}
    return {"amount": str(rng.choice([1500, 3000, 4217, 6000.5, 9999, 25000, 60000]))}


def segment(rng, y, m, n, hukou, kind):
    last = plus(y, m, n - 1)
    seg = {"from": month(y, m), "to": month(*last), "kind": kind}
    if kind in ("employee", "flexible"):
        seg["region"] = rng.choice(REGIONS)
        seg["base"] = base(rng)
    elif kind == "resident":
        seg["region"] = hukou
        seg["tier"] = rng.choice(TIERS)
    return seg


def scenario(rng):
    as_of = (rng.choice([2024, 2025, 2026]), rng.randint(1, 12))
    birth = (rng.randint(1962, 2002), rng.randint(1, 12))
    hukou = rng.choice(PROVINCES)
    person = {"birth": month(*birth), "sex": rng.choice(["male", "female"]), "hukou": hukou}
    if person["sex"] == "female":
        person["category"] = rng.choice(["worker", "cadre", "flexible"])
    history = []
    # A few start before the national rules (1997-07): their errors must be equal too.
    early = rng.random() < 0.03
    y, m = max(birth[0] + 18, (1993 if early else 1998) + rng.randint(0, 20)), rng.randint(1, 12)
    while (y, m) < plus(*as_of, -1) and len(history) < rng.randint(1, 30):
        n = rng.randint(1, 60)
        last = plus(y, m, n - 1)
        if last >= as_of:
            n = (as_of[0] * 12 + as_of[1]) - (y * 12 + m)
            if n <= 0:
                break
        kinds = ["employee", "employee", "flexible", "flexible", "gap"]
        # Resident tiers are in the data from the 2014 merger on (国发〔2014〕8号).
        kind = rng.choice(kinds + ["resident"] if y >= 2015 else kinds)
        history.append(segment(rng, y, m, n, hukou, kind))
        y, m = plus(y, m, n)
    s = {"schema_version": 1, "person": person, "as_of": month(*as_of), "history": history}
    if rng.random() < 0.6:
        start = plus(*as_of, 1)
        kind = rng.choice(["flexible", "employee", "flexible", "resident"])
        plan = {"from": month(*start), "kind": kind}
        if kind == "resident":
            plan.update(region=hukou, tier=rng.choice(TIERS))
        else:
            plan.update(region=rng.choice(REGIONS), base=base(rng))
        if rng.random() < 0.3:
            plan["to"] = month(*plus(*start, rng.randint(1, 240)))
        s["plan"] = [plan]
    if rng.random() < 0.15 and history:
        first = history[0]["from"]
        at = plus(int(first[:4]), int(first[5:]), -1)
        room = (at[0] * 12 + at[1]) - ((birth[0] + 16) * 12 + birth[1])
        employee = rng.randint(0, max(0, min(120, room)))
        deemed = min(rng.choice([0, 0, 36, 120]), max(0, room - employee))
        s["summary"] = {"at": month(*at), "employee_months": employee,
                        "avg_index": rng.choice(["0.6", "0.85", "1.2"]),
                        "account_balance": str(rng.randint(0, 80000)), "deemed_months": deemed}
    if rng.random() < 0.15:
        s["retirement"] = {"mode": rng.choice(["early", "late"]), "months": rng.randint(1, 36)}
    if rng.random() < 0.1:
        s["assumptions"] = {"wage_growth": rng.choice(["0.02", "0.045", "0.07"])}
    if rng.random() < 0.05:
        s["overrides"] = [{"param": "CN.default_crediting_rate", "value": "0.03"}]
    return s


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 17)
    for _ in range(count):
        print(json.dumps(scenario(rng), ensure_ascii=False, separators=(",", ":")))


main()
