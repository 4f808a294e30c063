using System.Globalization;
using System.Security.Claims;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Csv;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.Organizations;

/// <summary>The member list as a CSV file for the organization's own records; members only, 404 for everyone else.</summary>
public static class MembersCsvEndpoint
{
    public static IEndpointRouteBuilder MapMembersCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/organizations/{organizationId:guid}/members.csv", ExportAsync)
            .RequireAuthorization(PortalPolicies.Applicant);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(Guid organizationId, ClaimsPrincipal user, OrganizationService organizations)
    {
        var view = await organizations.GetMembersAsync(user.UserId(), organizationId);
        if (view is null)
        {
            return Results.NotFound();
        }

        var output = new MemoryStream();
        await using (var csv = CsvFiles.Create(output))
        {
            csv.WriteRecord([OrganizationText.ColumnName, OrganizationText.ColumnEmail, OrganizationText.ColumnRole, OrganizationText.ColumnJoined]);
            foreach (var member in view.Members)
            {
                csv.WriteRecord(
                [
                    member.DisplayName,
                    member.Email,
                    member.Role == Domain.Organizations.MemberRole.Owner ? OrganizationText.RoleOwner : OrganizationText.RoleStaff,
                    ChinaTime.FromUtc(member.JoinedAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ]);
            }
        }

        return Results.File(output.ToArray(), CsvFiles.ContentType, "members.csv");
    }
}
