using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlatformCatalogueAndWizard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicationProfiles",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Platforms_PlatformCodes = table.Column<string>(type: "TEXT", nullable: true),
                    Platforms_Scenes = table.Column<int>(type: "INTEGER", nullable: true),
                    Enterprise_SubjectType = table.Column<int>(type: "INTEGER", nullable: true),
                    Enterprise_Industry = table.Column<int>(type: "INTEGER", nullable: true),
                    Enterprise_LegalName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Enterprise_CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Enterprise_RegisteredAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Enterprise_LicenseValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Enterprise_LicenseValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Enterprise_ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Enterprise_ContactMobile = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Enterprise_ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationProfiles", x => x.ApplicationId);
                    table.ForeignKey(
                        name: "FK_ApplicationProfiles_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Platforms",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Scenarios = table.Column<int>(type: "INTEGER", nullable: false),
                    IsAvailable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Audience_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Audience_Zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FeeRate_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FeeRate_Zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Name_Zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Requirements_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Requirements_Zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Settlement_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Settlement_Zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platforms", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WizardDrafts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedContent = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WizardDrafts", x => new { x.ApplicationId, x.Step });
                    table.ForeignKey(
                        name: "FK_WizardDrafts_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationProfiles_Enterprise_CreditCode",
                table: "ApplicationProfiles",
                column: "Enterprise_CreditCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationProfiles");

            migrationBuilder.DropTable(
                name: "Platforms");

            migrationBuilder.DropTable(
                name: "WizardDrafts");
        }
    }
}
