namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>The reader's words for the catalogue's platforms and the settings' rejection reasons; an unknown code reads as itself.</summary>
public sealed record DossierNames(IReadOnlyDictionary<string, string> Platforms, IReadOnlyDictionary<string, string> Reasons)
{
    public string Platform(string code) => Platforms.GetValueOrDefault(code, code);

    public string Reason(string code) => Reasons.GetValueOrDefault(code, code);
}
