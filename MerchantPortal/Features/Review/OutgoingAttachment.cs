namespace MerchantPortal.Features.Review;

/// <summary>A file picked to go with a message, read into memory (within the upload size limit) before sending.</summary>
public sealed record OutgoingAttachment(string FileName, byte[] Content);
