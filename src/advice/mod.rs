//! Advice on a design: which sales model fits and a starting design for it (`wizard`), where
//! to improve it (`levers`), what a goal takes (`goal`), what the plan's moves add
//! (`plan_effects`). Pure, like the simulation it is built on.

pub mod findings;
pub mod goal;
pub mod levers;
pub mod plan_effects;
pub mod wizard;
