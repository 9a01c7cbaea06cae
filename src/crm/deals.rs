//! The deals of an export, whatever CRM wrote it: each deal's path through the pipeline's
//! stages, its outcome and value. Ids, names and owners are not kept.

use super::dates::Moment;
use super::{ExportKind, ImportError, ImportOptions};
use crate::i18n::{Language, Message};
use std::path::Path;

/// The most deals one import reads.
pub const MAX_DEALS: usize = 2_000_000;
/// The most stages a pipeline may have.
pub const MAX_STAGES: usize = 500;
/// The most sources kept apart; the rest are counted together as "Other sources".
pub const MAX_SOURCES: usize = 40;
/// How many skipped rows are listed one by one (the rest are counted).
pub const LISTED_SKIPS: usize = 20;

/// How a deal ended, or that it has not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Still in the pipeline.
    Open,
    /// Won: a customer.
    Won,
    /// Lost.
    Lost,
}

/// A stay in one stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visit {
    /// The stage, an index into [`Deals::stages`].
    pub stage: u16,
    /// When the deal entered it, where the export says.
    pub entered: Option<Moment>,
    /// When it left, where the export says (otherwise the next stay's entry, or the close).
    pub exited: Option<Moment>,
}

/// One deal.
#[derive(Clone, Debug, PartialEq)]
pub struct Deal {
    /// The first row the deal appears on.
    pub row: u32,
    /// When it was created.
    pub created: Option<Moment>,
    /// Where it came from, an index into [`Deals::sources`].
    pub source: Option<u16>,
    /// Its value.
    pub amount: Option<f64>,
    /// Open, won or lost.
    pub outcome: Outcome,
    /// When it was won or lost.
    pub closed: Option<Moment>,
    /// Its stays, in the order they happened.
    pub visits: Vec<Visit>,
}

impl Deal {
    /// The first moment the deal is known: created, or its first stage entered.
    #[must_use]
    pub fn arrived(&self) -> Option<Moment> {
        self.created
            .or_else(|| self.visits.first().and_then(|visit| visit.entered))
    }

    /// When stay `index` ended: its own exit, the next stay's entry or the close; `None`
    /// while the deal is still in it.
    #[must_use]
    pub fn left(&self, index: usize) -> Option<Moment> {
        let visit = self.visits.get(index)?;
        visit.exited.or_else(|| match self.visits.get(index + 1) {
            Some(next) => next.entered,
            None => self.closed.filter(|_| self.outcome != Outcome::Open),
        })
    }
}

/// A row or deal left out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// The row.
    pub row: usize,
    /// Why.
    pub reason: Message,
}

/// Everything an import read.
#[derive(Clone, Debug, Default)]
pub struct Deals {
    /// What wrote the export.
    pub kind: Option<ExportKind>,
    /// The pipeline read, when the export names one.
    pub pipeline: Option<String>,
    /// The pipeline's stages, in order.
    pub stages: Vec<String>,
    /// How the order of the stages was found, for the report.
    pub order_from: Option<Message>,
    /// The sources deals came from.
    pub sources: Vec<String>,
    /// The deals.
    pub deals: Vec<Deal>,
    /// Rows read, the header not counted.
    pub rows: usize,
    /// Rows or deals left out (the first [`LISTED_SKIPS`]).
    pub skipped: Vec<Skipped>,
    /// How many were left out in all.
    pub skipped_count: usize,
    /// What the reader wants the user to know.
    pub notes: Vec<Message>,
    /// Whether the export has stage history with times (not Pipedrive's).
    pub has_history: bool,
    /// The day the starting state is counted on.
    pub as_of: Option<Moment>,
    /// The language what is named from the export is named in (see [`ImportOptions`]).
    pub language: Language,
}

/// The ids of one-row-per-deal exports seen so far, with the row each was first on.
pub type SeenIds = std::collections::HashMap<String, usize>;

impl Deals {
    /// Whether `id` (in `column`) was seen on an earlier row; if so the row is skipped, naming
    /// the row it repeats.
    pub fn repeated(&mut self, seen: &mut SeenIds, column: &str, id: &str, row: usize) -> bool {
        if let Some(first) = seen.get(id) {
            let reason = crate::message!(
                "import-repeats-row",
                column = column,
                id = id,
                row = first.to_string()
            );
            self.skip(row, reason);
            return true;
        }
        seen.insert(id.to_owned(), row);
        false
    }

    /// Records a skipped row.
    pub fn skip(&mut self, row: usize, reason: Message) {
        self.skipped_count += 1;
        if self.skipped.len() < LISTED_SKIPS {
            self.skipped.push(Skipped { row, reason });
        }
    }

    /// The index of source `name`, added if new (beyond [`MAX_SOURCES`], "Other sources").
    pub fn source_index(&mut self, name: &str) -> Option<u16> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        if let Some(index) = self.sources.iter().position(|known| known == name) {
            return u16::try_from(index).ok();
        }
        if self.sources.len() >= MAX_SOURCES {
            let other = crate::tr_in!(self.language, "import-other-sources");
            if let Some(index) = self.sources.iter().position(|known| *known == other) {
                return u16::try_from(index).ok();
            }
        }
        let added = if self.sources.len() >= MAX_SOURCES {
            crate::tr_in!(self.language, "import-other-sources")
        } else {
            name.to_owned()
        };
        self.sources.push(added);
        u16::try_from(self.sources.len() - 1).ok()
    }

    /// The latest moment the export mentions: "today" for an export without a date of its own.
    #[must_use]
    pub fn latest_moment(&self) -> Option<Moment> {
        self.deals
            .iter()
            .flat_map(|deal| {
                let visits = deal
                    .visits
                    .iter()
                    .flat_map(|visit| [visit.entered, visit.exited]);
                [deal.created, deal.closed].into_iter().chain(visits)
            })
            .flatten()
            .max()
    }

    /// Puts the stages in the order the user gave (if any) and settles the day of the
    /// starting state.
    ///
    /// # Errors
    /// A given stage order that does not name the export's stages, or an export without deals.
    pub fn finish(&mut self, path: &Path, options: &ImportOptions) -> Result<(), ImportError> {
        if self.deals.is_empty() {
            let why = if self.rows == 0 {
                crate::message!("import-has-column-names-but-no")
            } else {
                crate::message!(
                    "import-all-skipped",
                    rows = self.rows.to_string(),
                    first = self.skipped.first().map_or_else(
                        || crate::i18n::Value::Text(String::new()),
                        |skip| {
                            crate::message!(
                                "import-skipped-first",
                                row = skip.row.to_string(),
                                reason = &skip.reason
                            )
                            .into()
                        }
                    )
                )
            };
            return Err(ImportError::whole(path, why));
        }
        if !options.stage_order.is_empty() {
            let order = stage_order_given(path, &self.stages, &options.stage_order)?;
            self.reorder(&order);
            self.order_from = Some(crate::message!("import-as-given"));
        }
        let latest = self.latest_moment();
        self.as_of = options
            .as_of
            .and_then(|date| Moment::of(date.at(23, 59, 59, 0)))
            .or(latest);
        if self.as_of.is_none() {
            return Err(ImportError::whole(
                path,
                crate::message!("import-has-no-dates-leadflow-needs"),
            ));
        }
        // Stays with times are put in time order; without stage times (Pipedrive) the reader's
        // pipeline order is the only order there is.
        if self.has_history {
            for deal in &mut self.deals {
                deal.visits.sort_by_key(|visit| visit.entered);
            }
        }
        Ok(())
    }

    /// Renumbers the stages so that `order[new] = old`.
    pub fn reorder(&mut self, order: &[usize]) {
        let mut new_index = vec![0_u16; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = u16::try_from(new).unwrap_or(u16::MAX);
        }
        self.stages = order.iter().map(|&old| self.stages[old].clone()).collect();
        for deal in &mut self.deals {
            for visit in &mut deal.visits {
                visit.stage = new_index[usize::from(visit.stage)];
            }
        }
    }

    /// Orders the stages by the mean days from a deal's arrival to its entering them: in a
    /// pipeline later stages are reached later. For exports that do not say the order.
    pub fn order_by_time_reached(&mut self) {
        let mut sums = vec![(0.0_f64, 0_u64); self.stages.len()];
        for deal in &self.deals {
            let Some(start) = deal.arrived() else {
                continue;
            };
            for visit in &deal.visits {
                if let Some(entered) = visit.entered {
                    let slot = &mut sums[usize::from(visit.stage)];
                    slot.0 += entered.days_since(start);
                    slot.1 += 1;
                }
            }
        }
        let mean = |index: usize| {
            let (sum, count) = sums[index];
            if count == 0 {
                f64::MAX
            } else {
                sum / count as f64
            }
        };
        let mut order: Vec<usize> = (0..self.stages.len()).collect();
        order.sort_by(|&a, &b| mean(a).total_cmp(&mean(b)).then(a.cmp(&b)));
        self.reorder(&order);
        self.order_from = Some(crate::message!("import-order-by-arrival"));
    }
}

pub(crate) fn stage_order_given(
    path: &Path,
    stages: &[String],
    given: &[String],
) -> Result<Vec<usize>, ImportError> {
    let mut order = Vec::new();
    for name in given {
        let Some(index) = stages
            .iter()
            .position(|stage| stage.trim().eq_ignore_ascii_case(name.trim()))
        else {
            return Err(ImportError::whole(
                path,
                crate::message!(
                    "import-order-unknown-stage",
                    stage = name.as_str(),
                    stages = stages.join(", ")
                ),
            ));
        };
        if !order.contains(&index) {
            order.push(index);
        }
    }
    for (index, stage) in stages.iter().enumerate() {
        if !order.contains(&index) {
            return Err(ImportError::whole(
                path,
                crate::message!("import-order-missing-stage", stage = stage.as_str()),
            ));
        }
    }
    Ok(order)
}
