namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>All the public verification page reveals of a genuine dossier: for whom and when it was issued.</summary>
public sealed record DossierVerification(string OrganizationName, DateTime IssuedAtUtc);
