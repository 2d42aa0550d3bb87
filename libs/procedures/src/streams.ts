/** Stream names: one stream per aggregate instance, prefixed by its kind. */
export const caseStream = (caseId: string): string => `case-${caseId}`;
export const contactStream = (contactId: string): string => `contact-${contactId}`;
export const calendarStream = (calendarId: string): string => `calendar-${calendarId}`;
export const panelistStream = (panelistId: string): string => `panelist-${panelistId}`;
export const businessStream = (businessId: string): string => `business-${businessId}`;
export const accountStream = (accountId: string): string => `account-${accountId}`;
export const erasureRequestStream = (requestId: string): string => `erasure-request-${requestId}`;
