//! Format version 1: version 2 without a start date, starting state, seasons, the process
//! step a stage plays, and short names in the catalogue. Its files parse as version 2 with
//! those at their defaults (starting this week from empty stages, flat all year); this fills
//! in what can be known:
//!
//! - the step each stage plays, from its English name (version 1 had no other names), so the
//!   advice that keys on steps keeps working;
//! - the short names of roles and tools that are the default catalogue's, for the chips.
//!
//! Days in stage keep their figures: what the leader entered is the mean stay version 2
//! simulates (version 1's day step kept leads about half a day longer).

use crate::design::{Design, FORMAT_VERSION, ProcessStep, default_roles, default_tools};

/// Brings a design read from a version 1 (or migrated version 0) file up to date.
pub(super) fn migrate(mut design: Design) -> Design {
    design.format_version = FORMAT_VERSION;
    let scenario_stages = design
        .scenarios
        .iter_mut()
        .flat_map(|scenario| scenario.stages.values_mut());
    for stage in design.stages.values_mut().chain(scenario_stages) {
        if stage.step.is_none() && stage.kind.is_working_stage() {
            stage.step = ProcessStep::from_english_name(&stage.name);
        }
    }
    let roles = default_roles();
    for (role_id, role) in &mut design.roles {
        if let Some(known) = roles.get(role_id)
            && role.short_name.is_empty()
            && role.name == known.name
        {
            role.short_name.clone_from(&known.short_name);
        }
    }
    let tools = default_tools();
    for (tool_id, tool) in &mut design.tools {
        if let Some(known) = tools.get(tool_id)
            && tool.short_name.is_empty()
            && tool.name == known.name
        {
            tool.short_name.clone_from(&known.short_name);
        }
    }
    design
}
