namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>Thrown when a PDF asks for more decoding or more objects than <see cref="PdfBudget"/> allows.</summary>
internal sealed class PdfBudgetExceededException() : Exception("The PDF exceeds the inspection budget.");
