"""What a school configures: settings and the app.yaml loader, the roster, posting windows and bank holidays."""
