//! Edits on a design that the editor offers: add, delete, copy and paste stages, attach roles
//! and tools, arrange the layout. Pure functions on the document, tested without a window.

use super::{
    BrandReach, Channel, Customers, Design, DropOuts, Flow, FlowKey, NurturePool, Point,
    ProcessShape, RoleId, Source, SourceId, Staffing, Stage, StageId, StageKind, StageKindTag,
    ToolId,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Vertical distance between stages when arranged as a funnel.
pub const FUNNEL_STEP: f32 = 170.0;

/// The first stage leads enter: the entry of the first source, or the topmost stage.
#[must_use]
pub fn entry_stage(design: &Design) -> Option<StageId> {
    design
        .sources
        .values()
        .map(|source| source.entry.clone())
        .find(|entry| design.stages.contains_key(entry))
        .or_else(|| {
            design
                .stages
                .iter()
                .min_by(|a, b| a.1.position.y.total_cmp(&b.1.position.y))
                .map(|(stage_id, _)| stage_id.clone())
        })
}

/// The message naming a new stage of `kind`.
fn new_stage_message(kind: StageKindTag) -> &'static str {
    match kind {
        StageKindTag::FunnelStep => "new-stage-funnel-step",
        StageKindTag::FlywheelSegment => "new-stage-flywheel-segment",
        StageKindTag::NurturePool => "new-stage-nurture-pool",
        StageKindTag::Customer => "new-stage-customer",
        StageKindTag::BrandReach => "new-stage-brand-reach",
        StageKindTag::Lost => "new-stage-lost",
    }
}

/// A new stage of `kind` with sensible defaults for it.
#[must_use]
pub fn new_stage(
    design: &Design,
    kind: StageKindTag,
    position: Point,
    language: crate::i18n::Language,
) -> Stage {
    let target = entry_stage(design).unwrap_or_else(|| StageId::new("stage"));
    let name = crate::i18n::text_in(language, new_stage_message(kind));
    let kind = match kind {
        StageKindTag::FunnelStep => StageKind::FunnelStep,
        StageKindTag::FlywheelSegment => StageKind::FlywheelSegment,
        StageKindTag::NurturePool => StageKind::NurturePool(NurturePool {
            warm_up_per_week: 0.02,
            warm_up_to: target,
            unsubscribe_per_week: 0.01,
        }),
        StageKindTag::Customer => StageKind::Customer(Customers {
            repeat_purchases_per_year: 0.5,
            churn_per_year: 0.15,
            ..Customers::buying_once(5000.0)
        }),
        StageKindTag::BrandReach => StageKind::BrandReach(BrandReach {
            organic_share: 0.005,
            delay_days: 60.0,
            organic_to: target,
        }),
        StageKindTag::Lost => StageKind::Lost,
    };
    let mut stage = Stage::new(name, kind, position);
    if let StageKind::BrandReach(_) = stage.kind {
        // People remember a campaign for weeks before they act on it, if they do.
        stage.days_in_stage = 30.0;
    }
    stage
}

/// Adds a new stage of `kind` at `position`, named in `language`, and returns its id.
pub fn add_stage(
    design: &mut Design,
    kind: StageKindTag,
    position: Point,
    language: crate::i18n::Language,
) -> StageId {
    let stage = new_stage(design, kind, position, language);
    // Ids stay English whatever the language the stage is named in.
    let stage_id = design.new_stage_id(&crate::i18n::english(new_stage_message(kind)));
    design.stages.insert(stage_id.clone(), stage);
    stage_id
}

/// Adds a stage of `kind` named by the message `name` in `language`, its id a readable slug
/// of the English name ("make-contact") whatever the language; returns the id.
pub fn add_named_stage(
    design: &mut Design,
    kind: StageKindTag,
    name: &str,
    position: Point,
    language: crate::i18n::Language,
) -> StageId {
    let mut stage = new_stage(design, kind, position, language);
    stage.name = crate::i18n::text_in(language, name);
    let stage_id = design.new_stage_id(&crate::i18n::english(name));
    design.stages.insert(stage_id.clone(), stage);
    stage_id
}

/// Removes stages, their flows and the references to them that can be cleared safely:
/// drop-outs to a removed pool go to lost, referrals to a removed stage stop. References that
/// need a new target (a source's entry, a pool's warm-up stage) stay and are reported by
/// validation, so nothing is changed behind the user's back.
pub fn delete_stages(design: &mut Design, stage_ids: &BTreeSet<StageId>) {
    for stage_id in stage_ids {
        design.remove_stage(stage_id);
    }
    for stage in design.stages.values_mut() {
        if let StageKind::Customer(customers) = &mut stage.kind
            && customers
                .referrals_to
                .as_ref()
                .is_some_and(|target| stage_ids.contains(target))
        {
            customers.referrals_to = None;
        }
    }
}

/// Stages and the flows between them, as copied to the clipboard (RON text).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Clipping {
    /// The copied stages by their original ids.
    pub stages: BTreeMap<StageId, Stage>,
    /// Flows between copied stages.
    pub flows: Vec<Flow>,
}

/// Copies the given stages and the flows among them.
#[must_use]
pub fn copy_stages(design: &Design, stage_ids: &BTreeSet<StageId>) -> Clipping {
    Clipping {
        stages: design
            .stages
            .iter()
            .filter(|(stage_id, _)| stage_ids.contains(*stage_id))
            .map(|(stage_id, stage)| (stage_id.clone(), stage.clone()))
            .collect(),
        flows: design
            .flows
            .iter()
            .filter(|flow| stage_ids.contains(&flow.from) && stage_ids.contains(&flow.to))
            .cloned()
            .collect(),
    }
}

/// Pastes a clipping with fresh ids, shifted by `offset`; references inside the clipping follow
/// the copies, references to stages the design lacks are cleared. Returns the new ids.
pub fn paste(design: &mut Design, clipping: &Clipping, offset: Point) -> BTreeSet<StageId> {
    let mut renamed: BTreeMap<StageId, StageId> = BTreeMap::new();
    for (old_id, stage) in &clipping.stages {
        let new_id = design.new_stage_id(old_id.as_str());
        // Reserve the id before the next one is chosen.
        design.stages.insert(new_id.clone(), stage.clone());
        renamed.insert(old_id.clone(), new_id);
    }
    let follow = |stage_id: &StageId| renamed.get(stage_id).cloned();
    for new_id in renamed.values() {
        let Some(stage) = design.stages.get(new_id).cloned() else {
            continue;
        };
        let mut stage = stage;
        stage.position = stage.position.moved(offset.x, offset.y);
        if let DropOuts::NurturePool(pool) = &stage.drop_outs {
            stage.drop_outs = match follow(pool) {
                Some(copy) => DropOuts::NurturePool(copy),
                None if design.stages.contains_key(pool) => DropOuts::NurturePool(pool.clone()),
                None => DropOuts::Lost,
            };
        }
        match &mut stage.kind {
            StageKind::NurturePool(pool) => {
                if let Some(copy) = follow(&pool.warm_up_to) {
                    pool.warm_up_to = copy;
                }
            }
            StageKind::Customer(customers) => {
                customers.referrals_to = customers.referrals_to.as_ref().and_then(|target| {
                    follow(target)
                        .or_else(|| design.stages.contains_key(target).then(|| target.clone()))
                });
            }
            StageKind::BrandReach(reach) => {
                if let Some(copy) = follow(&reach.organic_to) {
                    reach.organic_to = copy;
                }
            }
            StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::Lost => {}
        }
        stage
            .roles
            .retain(|staffing| design.roles.contains_key(&staffing.role));
        stage.tools.retain(|tool| design.tools.contains_key(tool));
        design.stages.insert(new_id.clone(), stage);
    }
    for flow in &clipping.flows {
        if let (Some(from), Some(to)) = (follow(&flow.from), follow(&flow.to)) {
            design.flows.push(Flow {
                from,
                to,
                share: flow.share,
            });
        }
    }
    renamed.into_values().collect()
}

/// Adds one person of `role` to a stage (or the first person).
pub fn attach_role(design: &mut Design, stage_id: &StageId, role: &RoleId) {
    let Some(stage) = design.stages.get_mut(stage_id) else {
        return;
    };
    if let Some(staffing) = stage
        .roles
        .iter_mut()
        .find(|staffing| &staffing.role == role)
    {
        staffing.headcount += 1.0;
    } else {
        stage.roles.push(Staffing {
            role: role.clone(),
            headcount: 1.0,
        });
    }
}

/// Adds a lead source of `channel` entering at `entry`, with modest default volume and cost
/// for the channel, named in `language`; returns its id.
pub fn add_source(
    design: &mut Design,
    channel: Channel,
    entry: &StageId,
    language: crate::i18n::Language,
) -> SourceId {
    let (leads_per_week, cost_per_week) = match channel {
        Channel::Ads => (40.0, 600.0),
        Channel::SeoContent => (30.0, 300.0),
        Channel::Social => (25.0, 150.0),
        Channel::Events => (10.0, 400.0),
        Channel::ColdList => (50.0, 200.0),
        Channel::Partner => (10.0, 250.0),
        Channel::Referral => (5.0, 0.0),
        Channel::Other => (10.0, 100.0),
    };
    let source_id = SourceId::new(super::unique_slug(
        &crate::i18n::english(channel.message_id()),
        |slug| design.sources.contains_key(&SourceId::from(slug)),
    ));
    design.sources.insert(
        source_id.clone(),
        Source {
            name: channel.label(language),
            channel,
            leads_per_week,
            cost_per_week,
            growth_per_month: 0.0,
            season: Vec::new(),
            entry: entry.clone(),
            measured: None,
        },
    );
    source_id
}

/// Lets a stage use `tool` (once).
pub fn attach_tool(design: &mut Design, stage_id: &StageId, tool: &ToolId) {
    if let Some(stage) = design.stages.get_mut(stage_id)
        && !stage.tools.contains(tool)
    {
        stage.tools.push(tool.clone());
    }
}

/// Adds a flow from `from` to `to`, or returns false when it exists or would loop on itself.
/// Moves `stages` by `dx`, `dy` scene units.
pub fn move_stages(design: &mut Design, stages: &BTreeSet<StageId>, dx: f32, dy: f32) {
    for stage_id in stages {
        if let Some(stage) = design.stages.get_mut(stage_id) {
            stage.position = stage.position.moved(dx, dy);
        }
    }
}

/// Puts `stages` on the grid of `step` scene units.
pub fn snap_stages(design: &mut Design, stages: &BTreeSet<StageId>, step: f32) {
    for stage_id in stages {
        if let Some(stage) = design.stages.get_mut(stage_id) {
            stage.position = stage.position.snapped(step);
        }
    }
}

/// Removes the flow `key` names; says whether there was one.
pub fn delete_flow(design: &mut Design, key: &FlowKey) -> bool {
    let Some(index) = design.flow_index(key) else {
        return false;
    };
    design.flows.remove(index);
    true
}

/// The new flow takes the share its stage has left, or an equal split when none is left.
pub fn connect(design: &mut Design, from: &StageId, to: &StageId) -> bool {
    if from == to
        || !design.stages.contains_key(from)
        || !design.stages.contains_key(to)
        || design
            .flows
            .iter()
            .any(|flow| &flow.from == from && &flow.to == to)
    {
        return false;
    }
    let used: f64 = design.flows_from(from).map(|flow| flow.share).sum();
    let outgoing = design.flows_from(from).count();
    if used < 1.0 - 1e-9 {
        design.flows.push(Flow {
            from: from.clone(),
            to: to.clone(),
            share: ((1.0 - used) * 1000.0).round() / 1000.0,
        });
    } else {
        let share = 1.0 / (outgoing + 1) as f64;
        for flow in design.flows.iter_mut().filter(|flow| &flow.from == from) {
            flow.share = share;
        }
        design.flows.push(Flow {
            from: from.clone(),
            to: to.clone(),
            share,
        });
    }
    true
}

/// Adds a nurture pool at `position` warming leads back to `warm_to` (2 % a week, 1 %
/// unsubscribing, with marketing automation), and sends the drop-outs of those `working`
/// stages that lost them there; returns its id.
pub fn add_nurture_pool(
    design: &mut Design,
    working: &[StageId],
    warm_to: StageId,
    position: Point,
    language: crate::i18n::Language,
) -> StageId {
    let pool = add_stage(design, StageKindTag::NurturePool, position, language);
    if let Some(stage) = design.stages.get_mut(&pool) {
        stage.kind = StageKind::NurturePool(super::NurturePool {
            warm_up_per_week: 0.02,
            warm_up_to: warm_to,
            unsubscribe_per_week: 0.01,
        });
        stage.roles.clear();
        stage.tools.clear();
    }
    attach_tool(
        design,
        &pool,
        &ToolId::from(super::tool_ids::MARKETING_AUTOMATION),
    );
    for stage_id in working {
        if let Some(stage) = design.stages.get_mut(stage_id)
            && stage.drop_outs == DropOuts::Lost
        {
            stage.drop_outs = DropOuts::NurturePool(pool.clone());
        }
    }
    pool
}

/// Stages in the order leads meet them: breadth first from the sources along flows, then
/// whatever is left, top to bottom.
#[must_use]
pub fn flow_order(design: &Design) -> Vec<StageId> {
    let mut order: Vec<StageId> = Vec::new();
    let mut seen: BTreeSet<StageId> = BTreeSet::new();
    // Each stage's flows out, gathered in one pass: the canvas orders its stages so in every
    // frame, and looking the flows up per stage was stages × flows.
    let mut onward: BTreeMap<&StageId, Vec<&StageId>> = BTreeMap::new();
    for flow in &design.flows {
        onward.entry(&flow.from).or_default().push(&flow.to);
    }
    let mut queue: VecDeque<StageId> = design.sources.values().map(|s| s.entry.clone()).collect();
    while let Some(stage_id) = queue.pop_front() {
        if !design.stages.contains_key(&stage_id) || !seen.insert(stage_id.clone()) {
            continue;
        }
        if let Some(next) = onward.get(&stage_id) {
            queue.extend(next.iter().map(|&to| to.clone()));
        }
        order.push(stage_id);
    }
    let mut rest: Vec<(&StageId, &Stage)> = design
        .stages
        .iter()
        .filter(|(stage_id, _)| !seen.contains(*stage_id))
        .collect();
    rest.sort_by(|a, b| a.1.position.y.total_cmp(&b.1.position.y));
    order.extend(rest.into_iter().map(|(stage_id, _)| stage_id.clone()));
    order
}

/// Lays the stages out as a funnel: the main path top to bottom, nurture pools beside it,
/// lost stages to the other side, brand reach above.
pub fn arrange_funnel(design: &mut Design) {
    let order = flow_order(design);
    let (mut main, mut pools, mut lost, mut reach) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for stage_id in order {
        match design.stages.get(&stage_id).map(|stage| stage.kind.tag()) {
            Some(StageKindTag::NurturePool) => pools.push(stage_id),
            Some(StageKindTag::Lost) => lost.push(stage_id),
            Some(StageKindTag::BrandReach) => reach.push(stage_id),
            Some(_) => main.push(stage_id),
            None => {}
        }
    }
    let mut place = |stage_id: &StageId, x: f32, y: f32| {
        if let Some(stage) = design.stages.get_mut(stage_id) {
            stage.position = Point::new(x, y);
        }
    };
    let top = if reach.is_empty() { 0.0 } else { FUNNEL_STEP };
    for (index, stage_id) in reach.iter().enumerate() {
        place(stage_id, index as f32 * 240.0, 0.0);
    }
    for (index, stage_id) in main.iter().enumerate() {
        place(stage_id, 0.0, top + index as f32 * FUNNEL_STEP);
    }
    let middle = top + (main.len().saturating_sub(1)) as f32 * FUNNEL_STEP / 2.0;
    let first_pool_y = middle - (pools.len().saturating_sub(1)) as f32 * FUNNEL_STEP / 2.0;
    for (index, stage_id) in pools.iter().enumerate() {
        place(stage_id, 380.0, first_pool_y + index as f32 * FUNNEL_STEP);
    }
    for (index, stage_id) in lost.iter().enumerate() {
        place(stage_id, -380.0, middle + index as f32 * FUNNEL_STEP);
    }
}

/// Lays the stages out on a circle in the order leads meet them, starting at the top. When
/// the design has flywheel segments, the circle is theirs (and, in a flywheel design, the
/// customers'): evenly spaced, one wheel, with the other stages in a column beside it.
pub fn arrange_flywheel(design: &mut Design) {
    let order = flow_order(design);
    let has_segments = design
        .stages
        .values()
        .any(|stage| matches!(stage.kind, StageKind::FlywheelSegment));
    let on_wheel = |stage: &Stage| {
        !has_segments
            || matches!(stage.kind, StageKind::FlywheelSegment)
            || design.shape == ProcessShape::Flywheel
                && matches!(stage.kind, StageKind::Customer(_))
    };
    let (wheel, beside): (Vec<StageId>, Vec<StageId>) = order
        .into_iter()
        .partition(|stage_id| design.stages.get(stage_id).is_some_and(on_wheel));
    let count = wheel.len().max(1) as f32;
    let radius = (count * 260.0 / std::f32::consts::TAU).max(220.0);
    let round = |value: f32| (value * 10.0).round() / 10.0;
    for (index, stage_id) in wheel.iter().enumerate() {
        let angle = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * index as f32 / count;
        if let Some(stage) = design.stages.get_mut(stage_id) {
            stage.position = Point::new(round(radius * angle.cos()), round(radius * angle.sin()));
        }
    }
    let top = -(beside.len().saturating_sub(1) as f32) * FUNNEL_STEP / 2.0;
    for (index, stage_id) in beside.iter().enumerate() {
        if let Some(stage) = design.stages.get_mut(stage_id) {
            stage.position = Point::new(
                round(radius + 360.0),
                round(top + index as f32 * FUNNEL_STEP),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::templates::example;

    #[test]
    fn added_stages_get_unique_ids_and_kind_defaults() {
        let mut design = example("inbound");
        let first = add_stage(
            &mut design,
            StageKindTag::NurturePool,
            Point::new(1.0, 2.0),
            crate::i18n::current(),
        );
        let second = add_stage(
            &mut design,
            StageKindTag::NurturePool,
            Point::new(3.0, 4.0),
            crate::i18n::current(),
        );
        assert_ne!(first, second);
        let StageKind::NurturePool(pool) = &design.stages[&first].kind else {
            panic!("a nurture pool");
        };
        assert_eq!(pool.warm_up_to, StageId::new("qualify"));
        assert!(
            crate::design::validate::validate(&design)
                .iter()
                .all(|f| f.severity != crate::design::validate::Severity::Error)
        );
    }

    #[test]
    fn deleting_a_stage_removes_its_flows_and_safe_references() {
        let mut design = example("sales-silo");
        delete_stages(&mut design, &BTreeSet::from([StageId::new("silo")]));
        assert!(!design.stages.contains_key(&StageId::new("silo")));
        assert!(
            design
                .stages
                .values()
                .all(|stage| stage.drop_outs == DropOuts::Lost)
        );
        delete_stages(&mut design, &BTreeSet::from([StageId::new("present")]));
        assert!(
            design
                .flows
                .iter()
                .all(|flow| flow.from.as_str() != "present" && flow.to.as_str() != "present")
        );
    }

    #[test]
    fn copy_and_paste_keeps_inner_flows_with_fresh_ids() {
        let mut design = example("inbound");
        let selection = BTreeSet::from([StageId::new("present"), StageId::new("close")]);
        let clipping = copy_stages(&design, &selection);
        assert_eq!(clipping.flows.len(), 1);
        let pasted = paste(&mut design, &clipping, Point::new(40.0, 40.0));
        assert_eq!(pasted.len(), 2);
        assert!(pasted.iter().all(|id| !selection.contains(id)));
        let new_flow = design.flows.last().expect("a pasted flow");
        assert!(pasted.contains(&new_flow.from) && pasted.contains(&new_flow.to));
        // Into another design, via RON text as on the clipboard.
        let text = ron::to_string(&clipping).expect("serializes");
        let back: Clipping = ron::from_str(&text).expect("parses");
        let mut other = example("flywheel");
        let before = other.stages.len();
        paste(&mut other, &back, Point::new(0.0, 0.0));
        assert_eq!(other.stages.len(), before + 2);
    }

    #[test]
    fn connecting_splits_shares_and_refuses_duplicates() {
        let mut design = example("inbound");
        let (qualify, close) = (StageId::new("qualify"), StageId::new("close"));
        assert!(connect(&mut design, &qualify, &close));
        assert!(!connect(&mut design, &qualify, &close));
        assert!(!connect(&mut design, &qualify, &qualify));
        let shares: Vec<f64> = design.flows_from(&qualify).map(|flow| flow.share).collect();
        assert_eq!(shares.len(), 2);
        assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn arranging_as_a_funnel_goes_top_to_bottom_along_the_flows() {
        let mut design = example("sales-silo");
        for stage in design.stages.values_mut() {
            stage.position = Point::new(0.0, 0.0);
        }
        arrange_funnel(&mut design);
        for flow in &design.flows {
            assert!(design.stages[&flow.to].position.y > design.stages[&flow.from].position.y);
        }
        assert!(design.stages[&StageId::new("silo")].position.x > 0.0);
    }

    #[test]
    fn arranging_as_a_flywheel_puts_the_segments_on_one_wheel_and_the_rest_beside_it() {
        let mut design = example("flywheel");
        add_stage(
            &mut design,
            StageKindTag::NurturePool,
            Point::new(0.0, 0.0),
            crate::i18n::current(),
        );
        arrange_flywheel(&mut design);
        for stage in design.stages.values() {
            let radius = stage.position.x.hypot(stage.position.y);
            if matches!(stage.kind, StageKind::NurturePool(_)) {
                assert!(stage.position.x > radius * 0.9, "beside the wheel");
            } else {
                assert!((radius - 220.0).abs() < 0.5, "{}: {radius}", stage.name);
            }
        }
    }

    #[test]
    fn arranging_as_a_flywheel_puts_every_stage_on_one_circle() {
        let mut design = example("outbound");
        arrange_flywheel(&mut design);
        let radii: Vec<f32> = design
            .stages
            .values()
            .map(|s| s.position.x.hypot(s.position.y))
            .collect();
        assert!(
            radii.iter().all(|r| (r - radii[0]).abs() < 0.5),
            "{radii:?}"
        );
    }
}
