using FluentValidation;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Review;

public sealed class DocumentVerdictValidator : AbstractValidator<DocumentVerdict>
{
    public const int MaxTextLength = 1000;

    public DocumentVerdictValidator()
    {
        RuleFor(v => v.ReasonCode).NotEmpty().When(v => !v.Approved).WithMessage(_ => ErrorText.DocumentReasonRequired);
        RuleFor(v => v.ApplicantMessage).MaximumLength(MaxTextLength).WithMessage(_ => string.Format(ReviewText.TextTooLong, MaxTextLength));
        RuleFor(v => v.InternalNote).MaximumLength(MaxTextLength).WithMessage(_ => string.Format(ReviewText.TextTooLong, MaxTextLength));
    }
}
