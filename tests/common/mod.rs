//! Random designs for property tests: any shape, kind, flow and source, valid or not.

use leadflow::design::{
    BrandReach, Channel, Customers, Design, DropOuts, Flow, NurturePool, Point, ProcessShape,
    SalesModel, Source, SourceId, Staffing, Stage, StageId, StageKind, ToolId, TransactionModel,
};
use proptest::prelude::*;

fn rate() -> impl Strategy<Value = f64> {
    0.0..=1.0_f64
}

fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        0.0..1e7_f64,
        (0_u32..100_000).prop_map(f64::from)
    ]
}

fn text() -> impl Strategy<Value = String> {
    // Any printable text, quotes, backslashes and non-Latin scripts included.
    "\\PC{0,24}"
}

fn stage_kind(stage_count: usize) -> impl Strategy<Value = StageKind> {
    let target = (0..stage_count).prop_map(|index| StageId::new(format!("s{index}")));
    prop_oneof![
        Just(StageKind::FunnelStep),
        Just(StageKind::FlywheelSegment),
        Just(StageKind::Lost),
        (rate(), target.clone(), rate()).prop_map(|(warm, to, unsubscribe)| {
            StageKind::NurturePool(NurturePool {
                warm_up_per_week: warm,
                warm_up_to: to,
                unsubscribe_per_week: unsubscribe,
            })
        }),
        (
            amount(),
            amount(),
            amount(),
            proptest::option::of(target.clone()),
            rate()
        )
            .prop_map(|(order_value, repeat, referrals, referrals_to, churn)| {
                StageKind::Customer(Customers {
                    order_value,
                    repeat_purchases_per_year: repeat,
                    referrals_per_customer_per_year: referrals,
                    referrals_to,
                    churn_per_year: churn,
                })
            }),
        (rate(), amount(), target).prop_map(|(share, delay, to)| {
            StageKind::BrandReach(BrandReach {
                organic_share: share,
                delay_days: delay,
                organic_to: to,
            })
        }),
    ]
}

fn stage(stage_count: usize) -> impl Strategy<Value = Stage> {
    (
        text(),
        stage_kind(stage_count),
        (-5000.0..5000.0_f32, -5000.0..5000.0_f32),
        rate(),
        0.1..400.0_f64,
        proptest::option::of((0..stage_count).prop_map(|i| StageId::new(format!("s{i}")))),
        proptest::collection::vec(
            (
                prop::sample::select(vec!["sdr", "account-executive"]),
                0.0..5.0_f64,
            ),
            0..3,
        ),
        proptest::collection::vec(prop::sample::select(vec!["crm", "email", "webshop"]), 0..3),
        text(),
        prop_oneof![Just((0.0, 0.0)), (amount(), rate())],
    )
        .prop_map(
            |(
                name,
                kind,
                (x, y),
                conversion,
                days,
                pool,
                roles,
                tools,
                notes,
                (today, waiting),
            )| Stage {
                name,
                kind,
                step: None,
                position: Point::new(x, y),
                conversion,
                days_in_stage: days,
                drop_outs: pool.map_or(DropOuts::Lost, DropOuts::NurturePool),
                in_stage_today: today,
                waiting_today: today * waiting,
                roles: roles
                    .into_iter()
                    .map(|(role, headcount)| Staffing {
                        role: role.into(),
                        headcount,
                    })
                    .collect(),
                tools: tools.into_iter().map(ToolId::from).collect(),
                notes,
                measured: leadflow::design::StageEvidence::default(),
            },
        )
}

pub fn design() -> impl Strategy<Value = Design> {
    (1_usize..12).prop_flat_map(|stage_count| {
        (
            text(),
            text(),
            proptest::collection::vec(stage(stage_count), stage_count),
            proptest::collection::vec((0..stage_count, 0..stage_count, rate()), 0..20),
            proptest::collection::vec(
                (
                    text(),
                    amount(),
                    amount(),
                    -0.5..0.5_f64,
                    0..stage_count,
                    prop_oneof![
                        Just(Vec::new()),
                        proptest::collection::vec(0.0..10.0_f64, 12)
                    ],
                ),
                0..4,
            ),
            prop::sample::subsequence(TransactionModel::ALL.to_vec(), 0..=4),
            prop::sample::select(SalesModel::ALL.to_vec()),
            prop::sample::select(vec![
                ProcessShape::Funnel,
                ProcessShape::Flywheel,
                ProcessShape::Silo,
            ]),
            any::<u64>(),
        )
            .prop_map(
                |(name, notes, stages, flows, sources, models, sales_model, shape, seed)| {
                    let mut design = Design {
                        name,
                        notes,
                        transaction_models: models,
                        sales_model,
                        shape,
                        ..Design::default()
                    };
                    design.simulation.seed = seed;
                    design.simulation.start_date = Some(leadflow::design::calendar::day_after(
                        leadflow::design::calendar::Date::constant(2000, 1, 3),
                        (seed % 30_000) as usize,
                    ));
                    for (index, stage) in stages.into_iter().enumerate() {
                        design
                            .stages
                            .insert(StageId::new(format!("s{index}")), stage);
                    }
                    design.flows = flows
                        .into_iter()
                        .map(|(from, to, share)| Flow {
                            from: StageId::new(format!("s{from}")),
                            to: StageId::new(format!("s{to}")),
                            share,
                        })
                        .collect();
                    for (index, (name, leads, cost, growth, entry, season)) in
                        sources.into_iter().enumerate()
                    {
                        design.sources.insert(
                            SourceId::new(format!("source-{index}")),
                            Source {
                                name,
                                channel: Channel::ALL[index % Channel::ALL.len()],
                                leads_per_week: leads,
                                cost_per_week: cost,
                                growth_per_month: growth,
                                season,
                                entry: StageId::new(format!("s{entry}")),
                                measured: None,
                            },
                        );
                    }
                    design
                },
            )
    })
}
