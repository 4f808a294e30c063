namespace MerchantPortal.Domain.Workflow;

/// <summary>
/// A state machine as one explicit table. A move that is not in the table, by the wrong party, or whose
/// guard does not hold, is refused with a <see cref="DomainException"/> naming why; nothing is ever ignored.
/// </summary>
public sealed class TransitionTable<TState, TTrigger, TFacts>(TState initial, IReadOnlyList<TransitionRule<TState, TTrigger, TFacts>> rules)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public const int MaxReasonLength = 1000;

    public TState Initial { get; } = initial;

    public IReadOnlyList<TransitionRule<TState, TTrigger, TFacts>> Rules { get; } = rules;

    public TransitionRule<TState, TTrigger, TFacts> Resolve(TState from, TTrigger trigger, Party party, TFacts facts, string? reason)
    {
        var candidates = Rules.Where(r => r.From.Equals(from) && r.Trigger.Equals(trigger)).ToList();
        if (candidates.Count == 0)
        {
            throw new DomainException(DomainErrors.IllegalTransition, trigger, from);
        }

        var forParty = candidates.Where(r => r.By == party).ToList();
        if (forParty.Count == 0)
        {
            throw new DomainException(DomainErrors.TriggerNotForParty, trigger);
        }

        var rule = forParty.FirstOrDefault(r => r.Allows(facts))
            ?? throw new DomainException(DomainErrors.GuardFailed, trigger, forParty[0].Guards.First(g => !g.Holds(facts)).Name);
        if (rule.ReasonRequired && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrors.ReasonRequired, trigger);
        }

        if (reason?.Length > MaxReasonLength)
        {
            throw new DomainException(DomainErrors.ReasonTooLong, MaxReasonLength);
        }

        return rule;
    }

    /// <summary>The triggers <paramref name="party"/> may fire now: what the UI offers, and nothing else.</summary>
    public IReadOnlyList<TTrigger> Permitted(TState from, Party party, TFacts facts) =>
        [.. Rules.Where(r => r.From.Equals(from) && r.By == party && r.Allows(facts))
            .Select(r => r.Trigger)
            .Distinct()];
}
