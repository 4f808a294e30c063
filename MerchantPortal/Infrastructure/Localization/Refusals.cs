using FluentValidation;
using MerchantPortal.Domain;
namespace MerchantPortal.Infrastructure.Localization;

/// <summary>Runs an action and turns a refusal (a rule, the server's validation, a lost race) into a message; null when it worked.</summary>
public static class Refusals
{
    public static async Task<string?> RunAsync(Func<Task> save)
    {
        try
        {
            await save();
            return null;
        }
        catch (Exception e) when (e is DomainException or ValidationException)
        {
            return ErrorMessages.For(e);
        }
    }
}
