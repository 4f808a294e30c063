using FluentValidation;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Review;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Settings;

namespace MerchantPortal.Features.Settings;

/// <summary>
/// Adds, edits, retires and restores rejection reasons. A reason is never deleted: decisions refer to its code,
/// and a retired one keeps its texts for them. Each change reads the list as stored at that moment.
/// </summary>
public sealed class RejectionReasonService(SettingsStore store, SettingsWriter writer, IValidator<RejectionReasonInput> validator)
{
    public async Task<IReadOnlyList<RejectionReason>> ListAsync(string userId)
    {
        await writer.EnsureAdminAsync(userId);
        return await store.GetAsync(ReviewSettings.RejectionReasons);
    }

    public Task AddAsync(string userId, RejectionReasonInput input) =>
        writer.UpdateAsync(userId, ReviewSettings.RejectionReasons, async reasons =>
        {
            input.IsNew = true;
            input.TakenCodes = [.. reasons.Select(r => r.Code)];
            await validator.ValidateAndThrowAsync(input);
            return [.. reasons, input.ToReason(retired: false)];
        });

    public Task EditAsync(string userId, RejectionReasonInput input) =>
        writer.UpdateAsync(userId, ReviewSettings.RejectionReasons, async reasons =>
        {
            var index = IndexOf(reasons, input.Code);
            input.IsNew = false;
            await validator.ValidateAndThrowAsync(input);
            reasons[index] = input.ToReason(reasons[index].Retired);
            return reasons;
        });

    public Task RetireAsync(string userId, string code) => SetRetiredAsync(userId, code, true);

    public Task RestoreAsync(string userId, string code) => SetRetiredAsync(userId, code, false);

    private Task SetRetiredAsync(string userId, string code, bool retired) =>
        writer.UpdateAsync(userId, ReviewSettings.RejectionReasons, reasons =>
        {
            var index = IndexOf(reasons, code);
            if (retired && reasons.All(r => r.Retired || r.Code == code))
            {
                throw new DomainException(DomainErrors.LastActiveReason);
            }

            reasons[index] = reasons[index] with { Retired = retired };
            return Task.FromResult(reasons);
        });

    private static int IndexOf(List<RejectionReason> reasons, string code) =>
        reasons.FindIndex(r => r.Code == code) is var index and >= 0 ? index : throw new DomainException(DomainErrors.ReasonCodeUnknown);
}
