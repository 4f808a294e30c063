namespace MerchantPortal.Domain.Workflow;

/// <summary>
/// One row of a transition table: in <see cref="From"/>, <see cref="By"/> may fire <see cref="Trigger"/> to
/// reach <see cref="To"/> when every guard holds.
/// </summary>
public sealed record TransitionRule<TState, TTrigger, TFacts>(
    TState From,
    TTrigger Trigger,
    TState To,
    Party By,
    bool ReasonRequired = false,
    params Guard<TFacts>[] Guards)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public bool Allows(TFacts facts) => Guards.All(g => g.Holds(facts));
}
