namespace MerchantPortal.Domain.Review;

/// <summary>A file attached to a <see cref="CaseMessage"/>, checked by the same rules as documents and stored the same way.</summary>
public sealed class MessageAttachment
{
    private MessageAttachment()
    {
    }

    public MessageAttachment(Guid messageId, string originalName, string contentType, long size, string sha256, string storedName)
    {
        Id = Guid.NewGuid();
        MessageId = messageId;
        OriginalName = originalName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StoredName = storedName;
    }

    public Guid Id { get; private set; }

    public Guid MessageId { get; private set; }

    public string OriginalName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public string StoredName { get; private set; } = "";
}
