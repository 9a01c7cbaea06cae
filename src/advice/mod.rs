//! Advice on a design: which sales model fits and a starting design for it (`wizard`), where
//! to improve it (`levers`), what a goal takes (`goal`). Pure, like the simulation it is built on.

pub mod findings;
pub mod goal;
pub mod levers;
pub mod wizard;
