//! Format version 0: the prototype's files, which had no `format_version`, a list of stages
//! with a single `next` stage each, and one order value for the whole design.

use super::LoadError;
use crate::design::{
    Channel, Customers, Design, DropOuts, Flow, Point, ProcessShape, Source, SourceId, Stage,
    StageId, StageKind,
};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DesignV0 {
    name: String,
    #[serde(default)]
    notes: String,
    stages: Vec<StageV0>,
    #[serde(default)]
    sources: Vec<SourceV0>,
    #[serde(default)]
    order_value: f64,
    #[serde(default = "default_currency")]
    currency: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StageV0 {
    id: String,
    name: String,
    x: f32,
    y: f32,
    #[serde(default)]
    conversion_rate: f64,
    #[serde(default = "default_days")]
    days: f64,
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    is_customer: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceV0 {
    name: String,
    leads_per_week: f64,
    #[serde(default)]
    cost_per_week: f64,
    entry: String,
}

fn default_currency() -> String {
    "EUR".to_owned()
}

fn default_days() -> f64 {
    7.0
}

pub(super) fn parse(text: &str, origin: &str) -> Result<DesignV0, LoadError> {
    super::parse_with_path(text, origin)
}

/// Lifts a version 0 design to the current format: stages become funnel steps (or the
/// customer stage), `next` becomes a flow carrying every converter, and the design-wide order
/// value moves to the customer stage.
pub(super) fn migrate(old: DesignV0) -> Design {
    let mut design = Design {
        name: old.name,
        notes: old.notes,
        shape: ProcessShape::Funnel,
        ..Design::default()
    };
    design.presentation.currency = old.currency;
    for stage in old.stages {
        let stage_id = StageId::new(stage.id);
        if let Some(next) = stage.next {
            design.flows.push(Flow::new(stage_id.clone(), next));
        }
        let kind = if stage.is_customer {
            StageKind::Customer(Customers::buying_once(old.order_value))
        } else {
            StageKind::FunnelStep
        };
        design.stages.insert(
            stage_id,
            Stage {
                conversion: stage.conversion_rate,
                days_in_stage: stage.days,
                drop_outs: DropOuts::Lost,
                ..Stage::new(stage.name, kind, Point::new(stage.x, stage.y))
            },
        );
    }
    for (index, source) in old.sources.into_iter().enumerate() {
        design.sources.insert(
            SourceId::new(format!("source-{}", index + 1)),
            Source {
                name: source.name,
                channel: Channel::Other,
                leads_per_week: source.leads_per_week,
                cost_per_week: source.cost_per_week,
                growth_per_month: 0.0,
                season: Vec::new(),
                entry: StageId::new(source.entry),
                measured: None,
            },
        );
    }
    design
}
