namespace MerchantPortal.Domain;

/// <summary>
/// A business rule refused an operation. <see cref="Code"/> names the rule; the UI turns it into a
/// localized message, so the domain stays free of any UI language.
/// </summary>
public sealed class DomainException(string code, params object[] args)
    : Exception($"{code}: {string.Join(", ", args)}")
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Args { get; } = args;
}
