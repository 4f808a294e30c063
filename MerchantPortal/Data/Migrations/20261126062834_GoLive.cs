using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class GoLive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SandboxCallbacks_CredentialsId",
                table: "SandboxCallbacks");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "SandboxRequests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "SandboxCallbacks",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AgreementAcceptances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AgreementSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FeeRateZh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FeeRateEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AcceptedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementAcceptances_PlatformEnrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "PlatformEnrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoLiveRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WindowEndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Green = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoLiveRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoLiveRuns_PlatformEnrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "PlatformEnrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoLiveChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FindingArgs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Log = table.Column<string>(type: "TEXT", maxLength: 4001, nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoLiveChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoLiveChecks_GoLiveRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "GoLiveRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxCallbacks_CredentialsId_Reference",
                table: "SandboxCallbacks",
                columns: new[] { "CredentialsId", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_EnrollmentId_AgreementVersion",
                table: "AgreementAcceptances",
                columns: new[] { "EnrollmentId", "AgreementVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_GoLiveChecks_RunId_Position",
                table: "GoLiveChecks",
                columns: new[] { "RunId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoLiveRuns_EnrollmentId_StartedAtUtc",
                table: "GoLiveRuns",
                columns: new[] { "EnrollmentId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GoLiveRuns_Running",
                table: "GoLiveRuns",
                column: "EnrollmentId",
                unique: true,
                filter: "\"FinishedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementAcceptances");

            migrationBuilder.DropTable(
                name: "GoLiveChecks");

            migrationBuilder.DropTable(
                name: "GoLiveRuns");

            migrationBuilder.DropIndex(
                name: "IX_SandboxCallbacks_CredentialsId_Reference",
                table: "SandboxCallbacks");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "SandboxRequests");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "SandboxCallbacks");

            migrationBuilder.CreateIndex(
                name: "IX_SandboxCallbacks_CredentialsId",
                table: "SandboxCallbacks",
                column: "CredentialsId");
        }
    }
}
