//! Moving the employee-scheme record between regions (转移接续): what moves, what stays behind.
//!
//! Source: 《城镇企业职工基本养老保险关系转移接续暂行办法》(国办发〔2009〕66号) 第四条:
//! the whole individual account moves; from the pooled fund, 12 % of the contribution bases of
//! each year paid there (since 1998) moves; the rest of what was paid into the pooled fund stays
//! with the region left — seed 001 §4.4's point that the receiving region pays a full pension on
//! part of the money. A transfer is counted at each change of region between employee-scheme
//! months (a gap in between does not change where the record is), and once more at the pension
//! start when the benefit location is not where the record is (第六条（三）转回 / （四）归集).
//!
//! An official statement is the record's first stay (in its region, with the months, bases and
//! pooled part it implies: [`crate::statement`]); its account balance joins the relation's account
//! at the end of its month and moves, with interest, at every later move.
//!
//! Temporary accounts (第五条（二）): moving into one does not move the record; at the pension
//! start the temporary account's 全部缴费本息 — the account part and the whole pooled part, each
//! with interest at the crediting rate (the same month-product method as the account) — is
//! gathered at the benefit location, nothing stays behind.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::account;
use crate::context::Ctx;
use crate::employee::contributions::PaidMonth;
use crate::error::FieldError;
use crate::location::Stay;
use crate::money::{fen, ser_yuan};
use crate::statement::Implied;
use crate::Month;

/// What kind of move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TransferKind {
    /// The record follows the person to a new place (第四条).
    Move,
    /// At the pension start, the record goes back to an earlier place with ten years (第六条（三）)
    /// or is gathered at the hukou place (第六条（四）); the amounts follow 第四条.
    Gathered,
    /// A temporary account is gathered at the benefit location: all contributions with interest
    /// (第五条（二）).
    Temporary,
}

/// One move of the record.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Transfer {
    /// The first month paid in the new region (the pension start for gatherings).
    pub month: Month,
    /// Region left.
    pub from: String,
    /// Region joined.
    pub to: String,
    /// Months paid in the region left during this stay.
    pub months: u32,
    /// Why the money moves.
    pub kind: TransferKind,
    /// The individual account balance that moves (at the start of `month`).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub account_moved: Decimal,
    /// From the pooled fund: 12 % of the stay's bases (temporary accounts: everything paid in,
    /// with interest).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pooled_moved: Decimal,
    /// What was paid into the pooled fund during the stay and stays behind.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pooled_left: Decimal,
}

/// Every move in the (month-ordered) employee-scheme record split into `stays` (which cover
/// `months` in order), after the `statement`'s stay if there is one, for a pension starting in
/// `start` at `location`.
pub fn transfers(
    ctx: &Ctx,
    months: &[PaidMonth],
    stays: &[Stay],
    statement: Option<&Implied>,
    location: &str,
    start: Month,
) -> Result<Vec<Transfer>, FieldError> {
    let only_stay = match statement {
        Some(st) => stays
            .iter()
            .all(|s| s.region == st.region)
            .then_some(&*st.region),
        None => (stays.len() < 2).then(|| stays.first().map_or(location, |s| &*s.region)),
    };
    if only_stay == Some(location) {
        return Ok(Vec::new());
    }
    // The 12 % in force at the pension start (for a start before the 办法, the rule as it is now).
    let key = "transfer_pooled_share";
    let at = match ctx.params.step("CN", key, start) {
        Some(_) => start,
        None => Month::new(crate::month::MAX_YEAR, 12).unwrap_or(start),
    };
    let share = ctx.params.value("$", "CN", key, at)?;
    let balance_at = |idx: &[usize], f: fn(&PaidMonth) -> Decimal, at: Month| {
        let credits: Vec<(Month, Decimal)> = idx
            .iter()
            .map(|&i| (months[i].month, f(&months[i])))
            .collect();
        account::run(None, &credits, at, |y| ctx.crediting_rate(y)).map(|(_, b)| b)
    };
    // The relation's record only grows from one move to the next and the moves come in time
    // order: each run of its account goes on from the start of the year the previous run
    // stopped in (`account::run_from`: the same result as running it from the start).
    let resume: std::cell::RefCell<Option<account::Progress>> = Default::default();
    let relation_balance = |idx: &[usize], at: Month| {
        let credits: Vec<(Month, Decimal)> = idx
            .iter()
            .map(|&i| (months[i].month, months[i].credit))
            .collect();
        let from = resume.borrow_mut().take().filter(|p| {
            p.year <= at.year()
                && p.next <= credits.len()
                && credits.get(p.next).is_none_or(|c| c.0.year() >= p.year)
        });
        let mut mark = None;
        let (years, balance) = account::run_from(
            statement.and_then(|st| st.balance),
            &credits,
            at,
            &mut |y| ctx.crediting_rate(y),
            from,
            &mut |p| mark = Some((p.year, p.balance, p.years.len(), p.next)),
        )?;
        *resume.borrow_mut() = mark.and_then(|(year, balance, len, next)| {
            Some(account::Progress {
                year,
                balance,
                years: years.get(..len)?.to_vec(),
                next,
            })
        });
        Ok::<_, FieldError>(balance)
    };
    // The stay that holds the statement (the first, until the first move) adds its figures.
    let ordinary = |from: &str, to: &str, at: Month, kind, stay: &[usize], rel: &[usize], st| {
        let st: Option<&Implied> = st;
        let bases: Decimal = crate::money::sum(stay.iter().map(|&i| months[i].base))
            + st.map_or(Decimal::ZERO, |s| s.bases);
        let pooled: Decimal = crate::money::sum(stay.iter().map(|&i| months[i].pooled))
            + st.map_or(Decimal::ZERO, |s| s.pooled);
        let pooled_moved = fen(bases * share);
        Ok::<_, FieldError>(Transfer {
            month: at,
            from: from.to_owned(),
            to: to.to_owned(),
            months: stay.len() as u32 + st.map_or(0, |s| s.months),
            kind,
            account_moved: relation_balance(rel, at)?,
            pooled_moved,
            pooled_left: fen(pooled - pooled_moved).max(Decimal::ZERO),
        })
    };
    let mut out = Vec::new();
    let mut temporary = Vec::new();
    let mut relation: Option<&str> = statement.map(|st| &*st.region);
    // The statement, while its stay has not been left.
    let mut in_stay = statement;
    // Months of the record kept by the relation (not temporary), and those of its current stay.
    let mut rel_all: Vec<usize> = Vec::new();
    let mut rel_stay: Vec<usize> = Vec::new();
    let mut next = 0;
    for s in stays {
        let idx: Vec<usize> = (next..next + s.months as usize).collect();
        next += s.months as usize;
        if s.temporary {
            let account_moved = balance_at(&idx, |m| m.credit, start)?;
            let pooled_moved = balance_at(&idx, |m| m.pooled, start)?;
            temporary.push(Transfer {
                month: start,
                from: s.region.clone(),
                to: location.to_owned(),
                months: s.months,
                kind: TransferKind::Temporary,
                account_moved,
                pooled_moved,
                pooled_left: Decimal::ZERO,
            });
            continue;
        }
        match relation {
            Some(r) if r != s.region => {
                out.push(ordinary(
                    r,
                    &s.region,
                    s.from,
                    TransferKind::Move,
                    &rel_stay,
                    &rel_all,
                    in_stay.take(),
                )?);
                rel_stay.clear();
            }
            _ => {}
        }
        relation = Some(&s.region);
        rel_all.extend(&idx);
        rel_stay.extend(&idx);
    }
    if let Some(r) = relation.filter(|r| *r != location) {
        out.push(ordinary(
            r,
            location,
            start,
            TransferKind::Gathered,
            &rel_stay,
            &rel_all,
            in_stay,
        )?);
    }
    out.extend(temporary);
    Ok(out)
}

/// The explanation of the moves, when there are any.
pub fn explanation(ts: &[Transfer]) -> Option<crate::explain::Explanation> {
    if ts.is_empty() {
        return None;
    }
    let rows: Vec<String> = ts
        .iter()
        .map(|t| {
            format!(
                "{} {}→{}：账户 {}，统筹 {}，留 {}",
                t.month, t.from, t.to, t.account_moved, t.pooled_moved, t.pooled_left
            )
        })
        .collect();
    let left = crate::money::sum(ts.iter().map(|t| t.pooled_left));
    Some(crate::explain::Explanation {
        id: "transfer.moves",
        title_zh: "换地方时钱怎么走",
        title_en: "What moves",
        formula_zh: "账户全转；统筹按缴费基数12%转，其余留下；临时账户全部本息归集",
        formula_en: "the account moves; 12 % of the bases from the pool, the rest stays; temporary accounts move whole",
        computation: rows.join("；"),
        result: format!("留在各地的统筹部分共 {} 元", fen(left)),
        sources: vec!["城镇企业职工基本养老保险关系转移接续暂行办法（国办发〔2009〕66号）第四、五、六条"],
    })
}
