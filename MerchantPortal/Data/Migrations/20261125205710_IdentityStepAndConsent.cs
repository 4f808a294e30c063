using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdentityStepAndConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Identity_AccountNumberMasked",
                table: "ApplicationProfiles",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Identity_AccountType",
                table: "ApplicationProfiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Identity_BankName",
                table: "ApplicationProfiles",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Identity_BeneficialOwnerCount",
                table: "ApplicationProfiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Identity_IdNumberMasked",
                table: "ApplicationProfiles",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Identity_LegalRepresentativeName",
                table: "ApplicationProfiles",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedIdentity",
                table: "ApplicationProfiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PrivacyConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    NoticeVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivacyConsents_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyConsents_ApplicationId_UserId",
                table: "PrivacyConsents",
                columns: new[] { "ApplicationId", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivacyConsents");

            migrationBuilder.DropColumn(
                name: "Identity_AccountNumberMasked",
                table: "ApplicationProfiles");

            migrationBuilder.DropColumn(
                name: "Identity_AccountType",
                table: "ApplicationProfiles");

            migrationBuilder.DropColumn(
                name: "Identity_BankName",
                table: "ApplicationProfiles");

            migrationBuilder.DropColumn(
                name: "Identity_BeneficialOwnerCount",
                table: "ApplicationProfiles");

            migrationBuilder.DropColumn(
                name: "Identity_IdNumberMasked",
                table: "ApplicationProfiles");

            migrationBuilder.DropColumn(
                name: "Identity_LegalRepresentativeName",
                table: "ApplicationProfiles");

            migrationBuilder.DropColumn(
                name: "ProtectedIdentity",
                table: "ApplicationProfiles");
        }
    }
}
