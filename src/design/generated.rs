//! Generated designs of any size, for benchmarks and stress tests.

use super::{
    Channel, Customers, Design, DropOuts, Flow, NurturePool, Point, Source, SourceId, Staffing,
    Stage, StageId, StageKind,
};

/// A design with `stage_count` stages laid out in rows of ten: each row is a staffed sales
/// chain of nine stages fed by its own source, with a branch now and then and a nurture pool
/// taking the row's drop-outs and warming them back; every row ends in one shared customer
/// stage that refers new leads back to the first row. Every stage sees leads within weeks, so
/// the work per stage-day is realistic at any size.
#[must_use]
pub fn synthetic_design(stage_count: usize) -> Design {
    let stage_count = stage_count.max(2);
    let mut design = Design {
        name: format!("Synthetic design with {stage_count} stages"),
        ..Design::default()
    };
    let id = |index: usize| StageId::new(format!("stage-{index:04}"));
    let position =
        |index: usize| Point::new((index % 10) as f32 * 220.0, (index / 10) as f32 * 170.0);
    let customer_index = stage_count - 1;
    let is_pool = |index: usize| index % 10 == 9;
    for index in 0..customer_index {
        let row_start = index / 10 * 10;
        let kind = if is_pool(index) {
            StageKind::NurturePool(NurturePool {
                warm_up_per_week: 0.02,
                warm_up_to: id(row_start + 1),
                unsubscribe_per_week: 0.01,
            })
        } else {
            StageKind::FunnelStep
        };
        let mut stage = Stage::new(format!("Stage {index}"), kind, position(index));
        stage.conversion = 0.8;
        stage.days_in_stage = 2.0 + (index % 5) as f64;
        if !is_pool(index) && row_start + 9 < customer_index {
            stage.drop_outs = DropOuts::NurturePool(id(row_start + 9));
        }
        stage.roles.push(Staffing {
            role: super::role_ids::SDR.into(),
            headcount: 1.0,
        });
        stage.tools.push(super::tool_ids::CRM.into());
        design.stages.insert(id(index), stage);
        if index == row_start {
            design.sources.insert(
                SourceId::new(format!("source-{:03}", index / 10)),
                Source {
                    name: format!("Source {}", index / 10),
                    channel: Channel::ALL[index / 10 % Channel::ALL.len()],
                    leads_per_week: 50.0,
                    cost_per_week: 250.0,
                    growth_per_month: 0.01,
                    season: Vec::new(),
                    entry: id(index),
                    measured: None,
                },
            );
        }
    }
    design.stages.insert(
        id(customer_index),
        Stage::new(
            "Customers",
            StageKind::Customer(Customers {
                order_value: 5000.0,
                repeat_purchases_per_year: 1.0,
                referrals_per_customer_per_year: 0.5,
                referrals_to: Some(id(0)),
                churn_per_year: 0.1,
            }),
            position(customer_index),
        ),
    );
    // Within a row each working stage flows to the next; every third also branches two ahead;
    // the row's last working stage flows to the customers.
    for index in (0..customer_index).filter(|&index| !is_pool(index)) {
        let next_in_row = |step: usize| {
            let candidate = index + step;
            (candidate < customer_index && candidate / 10 == index / 10 && !is_pool(candidate))
                .then_some(candidate)
        };
        match (next_in_row(1), next_in_row(2)) {
            (Some(next), Some(skip)) if index % 3 == 0 => {
                design.flows.push(Flow {
                    from: id(index),
                    to: id(next),
                    share: 0.7,
                });
                design.flows.push(Flow {
                    from: id(index),
                    to: id(skip),
                    share: 0.3,
                });
            }
            (Some(next), _) => design.flows.push(Flow::new(id(index), id(next))),
            (None, _) => design.flows.push(Flow::new(id(index), id(customer_index))),
        }
    }
    design
}
