package io.farmroutes.sandbox.flamenco;

import java.util.List;

/**
 * The data a fresh or reset emulator starts with: project 1 "Encoded cube" (active), the settings, a small project
 * tree on the virtual disk, two managers (four workers; a cloud one) and one completed job, so that no list is empty.
 */
final class FarmSeed {

    static final String PROJECT_ROOT = "/srv/p";
    static final String RENDER_SETTINGS_DIR = "/srv/brender/render_settings";
    static final List<String> RENDER_SETTINGS_FILES = List.of("base_1080p.py", "base_720p.py");

    private FarmSeed() {
    }

    static void plant(Farm farm) {
        farm.clear();
        settings(farm);
        project(farm);
        files(farm);
        managers(farm);
        completedJob(farm);
    }

    private static void settings(Farm farm) {
        farm.settings.put("blender_path_linux", "/opt/blender/blender");
        farm.settings.put("blender_path_win", "C:\\Program Files\\Blender Foundation\\Blender\\blender.exe");
        farm.settings.put("blender_path_osx", "/Applications/Blender/blender.app/Contents/MacOS/blender");
        farm.settings.put("render_settings_path_linux", RENDER_SETTINGS_DIR);
        farm.settings.put("render_settings_path_win", "S:\\brender\\render_settings");
        farm.settings.put("render_settings_path_osx", "/Volumes/brender/render_settings");
        farm.settings.put(Farm.ACTIVE_PROJECT, "1");
    }

    private static void project(Farm farm) {
        ProjectRecord p = farm.addProject("Encoded cube");
        p.paths.put("path_server", PROJECT_ROOT);
        p.paths.put("path_linux", "/mnt/p");
        p.paths.put("path_win", "P:\\");
        p.paths.put("path_osx", "/Volumes/p");
        p.paths.put("render_path_server", "/srv/r");
        p.paths.put("render_path_linux", "/mnt/r");
        p.paths.put("render_path_win", "R:\\");
        p.paths.put("render_path_osx", "/Volumes/r");
    }

    private static void files(Farm farm) {
        farm.files.addDirectory(PROJECT_ROOT + "/shots/010");
        farm.files.addFile(PROJECT_ROOT + "/shots/010/anim.blend");
        farm.files.addFile(PROJECT_ROOT + "/main.blend");
        farm.files.addFile(PROJECT_ROOT + "/notes.txt");
        RENDER_SETTINGS_FILES.forEach(f -> farm.files.addFile(RENDER_SETTINGS_DIR + "/" + f));
    }

    private static void managers(Farm farm) {
        farm.addManager("manager-01", "10.0.0.5", 7777, false, 4, "render-", "10.0.0.", 20);
        farm.addManager("cloud-01", "10.0.0.6", 7777, true, 2, "cloud-vm-", "10.0.1.", 0);
    }

    private static void completedJob(Farm farm) {
        JobRecord job = farm.addJob();
        job.projectId = 1L;
        job.frameStart = 1;
        job.frameEnd = 8;
        job.chunkSize = 4;
        job.currentFrame = 8;
        job.filepath = "shots/010/anim.blend";
        job.name = "cube_turntable";
        job.renderSettings = "base_1080p.py";
        job.format = "PNG";
        job.status = "completed";
        job.priority = 50;
        job.managerIds.add(1L);
        for (int start = 1; start <= 8; start += 4) {
            TaskRecord t = farm.addTask(job, start, start + 3);
            t.status = TaskRecord.FINISHED;
            t.currentFrame = t.chunkEnd;
            t.dispatches = 1;
            t.managerId = 1L;
        }
    }
}
