namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>A dossier just issued: its id, the file name offered for download, and the PDF.</summary>
public sealed record IssuedDossierFile(Guid DossierId, string FileName, byte[] Pdf);
