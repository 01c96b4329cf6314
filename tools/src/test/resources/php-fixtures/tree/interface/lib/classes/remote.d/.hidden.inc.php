<?php
// Test fixture: glob's * does not match a leading dot, so this file is never loaded.
class remoting_ extends remoting {
	public function hidden_get($session_id)
	{
		return 0;
	}
}
