/** The app's identity; electron-builder.yml carries the same values (the wiring test checks they agree). */
export const APP_IDENTITY = { appId: 'org.undersigned.desktop', productName: 'Undersigned' } as const;
