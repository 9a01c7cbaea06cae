//! The document a user designs: everything saved to the RON file and nothing else. Free of
//! egui so the simulation, the command line and the exporter can use it without a window.

pub mod actuals;
pub mod calendar;
mod catalogue;
pub mod edit;
mod evidence;
pub mod feedback;
mod finding;
mod flow;
mod generated;
mod ids;
pub mod implied;
pub mod inflow;
pub mod limits;
mod models;
pub mod plan;
pub mod plan_check;
pub mod plan_days;
pub mod record;
pub mod scenario;
mod settings;
mod source;
mod stage;
mod step;
pub mod targets;
pub mod validate;

pub use catalogue::{Role, Tool, ToolCategory, default_roles, default_tools, role_ids, tool_ids};
pub use evidence::{Evidence, NotBorneOut, StageEvidence, THIN_EVIDENCE, period_text};
pub use flow::{Flow, FlowKey};
pub use generated::synthetic_design;
pub use ids::{RoleId, SourceId, StageId, ToolId, slugify, unique_slug};
pub use limits::{HORIZON_WEEKS, MAX_IN_STAGE_TODAY, MAX_SEASON_FACTOR, MONTE_CARLO_RUNS};
pub use models::{
    AccountContacts, LeadOrigin, ProcessShape, SalesAnswers, SalesModel, TransactionModel,
};
pub use settings::{FunnelWidths, Presentation, SimulationMode, SimulationSettings};
pub use source::{Channel, MONTHS, Source};
pub use stage::{
    BrandReach, Customers, DropOuts, NurturePool, Point, Staffing, Stage, StageKind, StageKindTag,
};
pub use step::ProcessStep;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version this build writes. Older files are migrated on load (see `file`).
pub const FORMAT_VERSION: u32 = 3;

/// A sales process design.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    /// Version of the file format; always [`FORMAT_VERSION`] in memory.
    pub format_version: u32,
    /// Name of the design.
    pub name: String,
    /// Description and notes a leader reads in a meeting.
    pub notes: String,
    /// Transaction models in use, any combination.
    pub transaction_models: Vec<TransactionModel>,
    /// The sales model.
    pub sales_model: SalesModel,
    /// The answers to the four questions behind the sales model.
    pub sales_answers: SalesAnswers,
    /// Funnel, flywheel or silo.
    pub shape: ProcessShape,
    /// The stages, by id.
    pub stages: BTreeMap<StageId, Stage>,
    /// Flows between stages, in drawing order.
    pub flows: Vec<Flow>,
    /// Lead sources, by id.
    pub sources: BTreeMap<SourceId, Source>,
    /// The roles stages can be staffed with; the default catalogue when absent.
    #[serde(default = "default_roles")]
    pub roles: BTreeMap<RoleId, Role>,
    /// The tools stages can use; the default catalogue when absent.
    #[serde(default = "default_tools")]
    pub tools: BTreeMap<ToolId, Tool>,
    /// What and how to simulate.
    pub simulation: SimulationSettings,
    /// Title, subtitle and currency.
    pub presentation: Presentation,
    /// The name of the scenario being edited (its stages, flows and sources are the ones
    /// above); empty for a design without scenarios ("Today").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scenario: String,
    /// The other scenarios, waiting to be switched to or compared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<scenario::Scenario>,
    /// What happened week by week, from a CRM import, for setting the plan against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actuals: Option<actuals::Actuals>,
    /// The plan over time: dated changes to the figures above, in the order they were added
    /// (format 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<plan::Move>,
    /// The year month by month as agreed, to set what happens against (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_of_record: Option<record::PlanOfRecord>,
    /// Earlier plans of record, kept by name when a newer one replaced them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_plans: Vec<record::KeptPlan>,
    /// New customers and revenue asked of each calendar month.
    #[serde(default, skip_serializing_if = "targets::Targets::is_empty")]
    pub targets: targets::Targets,
}

impl Default for Design {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            name: "Untitled design".to_owned(),
            notes: String::new(),
            transaction_models: vec![TransactionModel::ECommerce],
            sales_model: SalesModel::Inbound,
            sales_answers: SalesAnswers::default(),
            shape: ProcessShape::Funnel,
            stages: BTreeMap::new(),
            flows: Vec::new(),
            sources: BTreeMap::new(),
            roles: default_roles(),
            tools: default_tools(),
            simulation: SimulationSettings::default(),
            presentation: Presentation::default(),
            scenario: String::new(),
            scenarios: Vec::new(),
            actuals: None,
            plan: Vec::new(),
            plan_of_record: None,
            earlier_plans: Vec::new(),
            targets: targets::Targets::default(),
        }
    }
}

impl Design {
    /// The lead sources whose leads enter at `stage_id`.
    pub fn sources_entering<'a>(
        &'a self,
        stage_id: &'a StageId,
    ) -> impl Iterator<Item = &'a Source> {
        self.sources
            .values()
            .filter(move |source| &source.entry == stage_id)
    }

    /// The display name of a role in `language` (a catalogue role in that language's words),
    /// or its id when the design lacks it.
    #[must_use]
    pub fn role_name<'a>(
        &'a self,
        role: &'a RoleId,
        language: crate::i18n::Language,
    ) -> std::borrow::Cow<'a, str> {
        self.roles
            .get(role)
            .map_or(std::borrow::Cow::Borrowed(role.as_str()), |found| {
                found.name_in(role, language)
            })
    }

    /// The position of the flow `key` names in [`Self::flows`].
    #[must_use]
    pub fn flow_index(&self, key: &FlowKey) -> Option<usize> {
        self.flows
            .iter()
            .position(|flow| flow.from == key.from && flow.to == key.to)
    }

    /// The flows leaving `stage_id`, in file order.
    pub fn flows_from<'a>(&'a self, stage_id: &'a StageId) -> impl Iterator<Item = &'a Flow> {
        self.flows.iter().filter(move |flow| &flow.from == stage_id)
    }

    /// The display name of a stage, or its id when it does not exist.
    #[must_use]
    pub fn stage_name<'a>(&'a self, stage_id: &'a StageId) -> &'a str {
        self.stages
            .get(stage_id)
            .map_or(stage_id.as_str(), |stage| stage.name.as_str())
    }

    /// A fresh stage id derived from `name`.
    #[must_use]
    pub fn new_stage_id(&self, name: &str) -> StageId {
        StageId(unique_slug(name, |slug| {
            self.stages.contains_key(&StageId::from(slug))
        }))
    }

    /// Removes a stage and every flow and reference that pointed at it.
    pub fn remove_stage(&mut self, stage_id: &StageId) -> Option<Stage> {
        let removed = self.stages.remove(stage_id)?;
        self.flows
            .retain(|flow| &flow.from != stage_id && &flow.to != stage_id);
        for stage in self.stages.values_mut() {
            if stage.drop_outs == DropOuts::NurturePool(stage_id.clone()) {
                stage.drop_outs = DropOuts::Lost;
            }
        }
        Some(removed)
    }
}
