//! How many leads enter each stage a week once the flow has settled, from the design alone:
//! what funnel steps are drawn as wide as, and what a starting design is staffed for.

use super::{Design, StageId, StageKind};
use std::collections::BTreeMap;

/// Leads entering each stage a week once the flow has settled: its sources, and the
/// converters of the working stages that flow into it. Design alone, so the drawing does not
/// wait for (or jitter with) a simulation. One pass in flow order (Kahn's): a loop of
/// conversion flows is not followed round, since the drawing needs proportions, not totals.
#[must_use]
pub fn settled_inflow(design: &Design) -> BTreeMap<StageId, f64> {
    let ids: Vec<&StageId> = design.stages.keys().collect();
    let index: BTreeMap<&StageId, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut inflow = vec![0.0_f64; ids.len()];
    for source in design.sources.values() {
        if let Some(&at) = index.get(&source.entry) {
            inflow[at] += source.leads_per_week;
        }
    }
    let mut onward: Vec<Vec<(usize, f64)>> = vec![Vec::new(); ids.len()];
    let mut waiting_on = vec![0_usize; ids.len()];
    for flow in &design.flows {
        let (Some(&from), Some(&to), Some(stage)) = (
            index.get(&flow.from),
            index.get(&flow.to),
            design.stages.get(&flow.from),
        ) else {
            continue;
        };
        if from != to
            && matches!(
                stage.kind,
                StageKind::FunnelStep | StageKind::FlywheelSegment
            )
        {
            onward[from].push((to, stage.conversion * flow.share));
            waiting_on[to] += 1;
        }
    }
    let mut ready: Vec<usize> = (0..ids.len()).filter(|&i| waiting_on[i] == 0).collect();
    while let Some(stage) = ready.pop() {
        for &(to, factor) in &onward[stage] {
            inflow[to] += inflow[stage] * factor;
            waiting_on[to] -= 1;
            if waiting_on[to] == 0 {
                ready.push(to);
            }
        }
    }
    ids.into_iter().cloned().zip(inflow).collect()
}
