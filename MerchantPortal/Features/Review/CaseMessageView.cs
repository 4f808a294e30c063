namespace MerchantPortal.Features.Review;

/// <summary>A message as its reader sees it: applicants see "the review team" for staff, staff see who wrote it.</summary>
public sealed record CaseMessageView(Guid Id, bool FromStaff, string AuthorName, string Body, DateTime SentAtUtc, IReadOnlyList<CaseMessageView.Attachment> Attachments)
{
    public sealed record Attachment(Guid Id, string FileName, long Size);
}
