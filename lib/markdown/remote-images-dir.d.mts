export const REMOTE_IMAGES_DIR: string;
