namespace MerchantPortal.Features.Review;

/// <summary>A file picked to go with a message, as a stream the service writes to disk once (the sender disposes it).</summary>
public sealed record OutgoingAttachment(string FileName, Stream Content);
