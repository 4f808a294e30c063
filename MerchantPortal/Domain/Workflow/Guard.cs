namespace MerchantPortal.Domain.Workflow;

/// <summary>A named condition a transition needs; the name is what a refused user is told (localized by the UI).</summary>
public sealed record Guard<TFacts>(string Name, Func<TFacts, bool> Holds);
